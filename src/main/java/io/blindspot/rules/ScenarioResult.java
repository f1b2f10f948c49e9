package io.blindspot.rules;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param failures what did not match, one sentence each; empty when the scenario passed
 * @param evaluation what the rules concluded, for showing next to the failures; {@code null} when
 *     the scenario file could not be read
 */
public record ScenarioResult(String file, String name, List<String> failures, Evaluation evaluation) {

    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
