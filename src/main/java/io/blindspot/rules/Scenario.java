package io.blindspot.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule scenario from {@code rules/scenarios/*.yaml}: a team in, the findings expected out, and
 * findings that must not appear.
 *
 * @param file where the scenario came from, e.g. {@code scenarios/seed-executives.yaml}
 * @param onlyExpected when true, any finding not listed in {@code expected} fails the scenario
 */
public record Scenario(
        String file,
        String name,
        String description,
        TeamInput team,
        List<Expectation> expected,
        List<Expectation> forbidden,
        boolean onlyExpected) {

    public Scenario {
        expected = List.copyOf(expected);
        forbidden = List.copyOf(forbidden);
    }

    /**
     * One expected (or forbidden) finding. Only what is given is checked.
     *
     * @param severity {@code null} to accept any
     * @param members expected: exactly these members; forbidden: a finding naming any of them.
     *     {@code null} to accept any
     * @param evidence figures the finding must carry, compared as text (numbers as numbers)
     * @param actions expected only: the finding's own coaching actions, exactly these, each given by
     *     a part of its action text; {@code null} to accept any
     */
    public record Expectation(
            String code, String severity, List<String> members, Map<String, String> evidence, List<String> actions) {

        public Expectation {
            members = members == null ? null : List.copyOf(members);
            evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
            actions = actions == null ? null : List.copyOf(actions);
        }

        public Expectation(String code, String severity, List<String> members, Map<String, String> evidence) {
            this(code, severity, members, evidence, null);
        }

        @Override
        public String toString() {
            return code
                    + (severity == null ? "" : " " + severity)
                    + (members == null ? "" : " members " + members)
                    + (evidence.isEmpty() ? "" : " evidence " + evidence)
                    + (actions == null ? "" : " actions " + actions);
        }
    }
}
