package io.blindspot.rules;

import io.blindspot.rules.facts.Parameters;

/**
 * The server's caps on one evaluation, set by whoever runs the server ({@code
 * blindspot.rules.max-rule-firings}, {@code blindspot.rules.evaluation-time-limit-ms}). A rule set's
 * {@code parameters.yaml} may lower them, never raise them: the people who write rules are not the
 * people who answer for the server's CPU.
 */
public record Limits(int maxRuleFirings, long evaluationTimeLimitMs) {

    /** The shipped caps, the same as the shipped {@code parameters.yaml}. */
    public static final Limits DEFAULTS =
            new Limits(Parameters.DEFAULTS.maxRuleFirings(), Parameters.DEFAULTS.evaluationTimeLimitMs());

    public Limits {
        if (maxRuleFirings < 1 || evaluationTimeLimitMs < 1) {
            throw new IllegalArgumentException("the rule limits must be at least 1, got maxRuleFirings "
                    + maxRuleFirings + " and evaluationTimeLimitMs " + evaluationTimeLimitMs);
        }
    }
}
