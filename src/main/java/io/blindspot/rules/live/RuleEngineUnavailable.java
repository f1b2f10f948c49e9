package io.blindspot.rules.live;

import org.springframework.modulith.NamedInterface;

/** No rule set is live, so nothing can be evaluated; the message says why. */
@NamedInterface("evaluation")
public class RuleEngineUnavailable extends RuntimeException {

    public RuleEngineUnavailable(String reason) {
        super(reason);
    }
}
