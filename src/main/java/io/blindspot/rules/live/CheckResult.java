package io.blindspot.rules.live;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Diagnostic;
import java.util.List;

/**
 * What checking a change found, as the API and the editor show it.
 *
 * @param ok whether the change would publish
 * @param baseVersion the live version the change was checked against (0 when none is stored)
 * @param diagnostics every problem of the step that stopped the check, with file, line, column and step
 * @param passedScenarios how many scenarios passed
 * @param failedScenarios each failed scenario with what it expected and what the rules raised
 */
public record CheckResult(
        boolean ok,
        int baseVersion,
        List<Diagnostic> diagnostics,
        long passedScenarios,
        List<ScenarioFailure> failedScenarios) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        failedScenarios = List.copyOf(failedScenarios);
    }

    /**
     * A scenario that failed.
     *
     * @param expected what the scenario asks for (a {@code not} before a forbidden finding)
     * @param actual the findings the rules raised
     * @param failures what did not match, one sentence each
     */
    public record ScenarioFailure(
            String name, String file, List<String> expected, List<String> actual, List<String> failures) {}

    static CheckResult of(BuildReport report, int baseVersion) {
        return new CheckResult(
                report.ok(),
                baseVersion,
                report.diagnostics(),
                report.passedScenarios(),
                report.failedScenarios().stream()
                        .map(s -> new ScenarioFailure(s.name(), s.file(), s.expected(), s.actual(), s.failures()))
                        .toList());
    }
}
