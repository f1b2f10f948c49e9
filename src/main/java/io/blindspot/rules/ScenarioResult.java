package io.blindspot.rules;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param failures what did not match, one sentence each; empty when the scenario passed
 * @param expected what the scenario asked for, one line per expected or forbidden finding
 * @param evaluation what the rules concluded, for showing next to the failures; {@code null} when
 *     the scenario file could not be read
 */
public record ScenarioResult(
        String file, String name, List<String> failures, List<String> expected, Evaluation evaluation) {

    public ScenarioResult {
        failures = List.copyOf(failures);
        expected = List.copyOf(expected);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The findings the rules raised, one line each ({@code CODE SEVERITY [members]}). */
    public List<String> actual() {
        if (evaluation == null) {
            return List.of();
        }
        return evaluation.findings().stream()
                .map(f -> f.code() + " " + f.severity() + " members " + f.memberIds())
                .toList();
    }
}
