package io.blindspot.rules.live;

/** A rule-set version number that was never stored. */
public class RuleVersionNotFound extends RuntimeException {

    public RuleVersionNotFound(int version) {
        super("There is no rule-set version " + version + ".");
    }
}
