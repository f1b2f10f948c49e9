package io.blindspot.rules;

import java.util.List;
import java.util.Optional;

/**
 * What building a rule set gave: every diagnostic (with file, line and column) and every scenario
 * result, and the compiled rule set when — and only when — nothing failed.
 *
 * @param version the content hash of the source
 * @param ruleSet present only when {@link #ok()}; the caller publishes it with {@link
 *     TeamEvaluator#publish(BuildReport)} or closes it
 */
public record BuildReport(
        String version, List<Diagnostic> diagnostics, List<ScenarioResult> scenarios, Optional<RuleSet> ruleSet) {

    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        scenarios = List.copyOf(scenarios);
    }

    /** No error diagnostic, every scenario passed, and a compiled rule set is there. */
    public boolean ok() {
        return ruleSet.isPresent();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<ScenarioResult> failedScenarios() {
        return scenarios.stream().filter(s -> !s.passed()).toList();
    }

    /** A readable summary, one problem per line, for logs and CI. */
    public String summary() {
        StringBuilder text =
                new StringBuilder(ok() ? "rule set " + version + " OK" : "rule set " + version + " REJECTED");
        text.append(" (").append(scenarios.size()).append(" scenarios, ");
        text.append(failedScenarios().size()).append(" failed)");
        diagnostics.forEach(d -> text.append('\n').append(d));
        failedScenarios().forEach(s -> s.failures()
                .forEach(f -> text.append('\n').append(s.file()).append(": ").append(f)));
        return text.toString();
    }
}
