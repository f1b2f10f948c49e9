package io.blindspot.rules.live;

import io.blindspot.rules.Diagnostic;
import java.time.Instant;
import java.util.List;

/**
 * What HR, the health endpoint and the log are told about the rule engine.
 *
 * @param liveVersion the stored version number that is live, or 0 when none is
 * @param unavailableReason why no rule set is live; null when one is
 * @param rejection the last rule set that was refused, with every problem; null when none was
 */
public record RuleEngineStatus(int liveVersion, String unavailableReason, Rejection rejection) {

    public boolean available() {
        return unavailableReason == null;
    }

    /** A rule set that did not go live: where it came from, when, and what was wrong (file, line, column). */
    public record Rejection(String origin, Instant at, List<Diagnostic> errors, List<String> failedScenarios) {

        public Rejection {
            errors = List.copyOf(errors);
            failedScenarios = List.copyOf(failedScenarios);
        }
    }
}
