package io.blindspot.rules.live;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import io.blindspot.rules.Diagnostic;
import java.time.Instant;
import java.util.List;

/**
 * What HR, the health endpoint and the log are told about the rule engine.
 *
 * @param liveVersion the stored version number that is live, or 0 when none is
 * @param unavailable why no rule set is live; null when one is
 * @param rejection the last rule set that was refused, with every problem; null when none was
 */
public record RuleEngineStatus(int liveVersion, Unavailable unavailable, Rejection rejection) {

    public boolean available() {
        return unavailable == null;
    }

    /** Why no rule set is live, in English (health endpoint, API, log); null when one is. */
    public String unavailableReason() {
        return unavailable == null ? null : unavailable.english();
    }

    /**
     * Why no rule set is live, as a text key of the rules bundle, so a page says it in the reader's
     * language; a tool's own words (Drools' build summary) travel as an argument, as the tool gave them.
     */
    public record Unavailable(String key, List<Object> arguments) implements Explained {

        public Unavailable {
            arguments = List.copyOf(arguments);
        }

        static Unavailable of(String key, Object... arguments) {
            return new Unavailable(key, List.of(arguments));
        }

        public String english() {
            return Messages.english(key, messageArguments());
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    /** A rule set that did not go live: where it came from, when, and what was wrong (file, line, column). */
    public record Rejection(String origin, Instant at, List<Diagnostic> errors, List<String> failedScenarios) {

        public Rejection {
            errors = List.copyOf(errors);
            failedScenarios = List.copyOf(failedScenarios);
        }
    }
}
