package io.blindspot.rules.live;

/** No rule set is live, so nothing can be evaluated; the message says why. */
public class RuleEngineUnavailable extends RuntimeException {

    public RuleEngineUnavailable(String reason) {
        super(reason);
    }
}
