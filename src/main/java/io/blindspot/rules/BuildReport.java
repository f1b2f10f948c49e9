package io.blindspot.rules;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What building a rule set gave: every diagnostic (with file, line, column and step) and every
 * scenario result, and the compiled rule set when — and only when — nothing failed.
 *
 * @param version the content hash of the source
 * @param ruleSet present only when {@link #ok()}; the caller publishes it with {@link
 *     TeamEvaluator#publish(BuildReport)} or closes it
 * @param failedStage the step that stopped the build; {@code null} when it passed
 * @param timings how long each step that ran took
 */
public record BuildReport(
        String version,
        List<Diagnostic> diagnostics,
        List<ScenarioResult> scenarios,
        Optional<RuleSet> ruleSet,
        Stage failedStage,
        Map<Stage, Duration> timings) {

    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        scenarios = List.copyOf(scenarios);
        timings = timings.isEmpty() ? Map.of() : new EnumMap<>(timings);
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

    public long passedScenarios() {
        return scenarios.stream().filter(ScenarioResult::passed).count();
    }

    /** A readable summary, one problem per line, for logs and CI. */
    public String summary() {
        StringBuilder text =
                new StringBuilder(ok() ? "rule set " + version + " OK" : "rule set " + version + " REJECTED");
        if (failedStage != null) {
            text.append(" at ").append(failedStage);
        }
        text.append(" (").append(scenarios.size()).append(" scenarios run, ");
        text.append(failedScenarios().size()).append(" failed)");
        diagnostics.forEach(d -> text.append('\n').append(d));
        failedScenarios().forEach(s -> s.failures().forEach(f -> text.append('\n')
                .append(s.file())
                .append(":0:0: SCENARIO: ")
                .append(s.name())
                .append(": ")
                .append(f)));
        return text.toString();
    }
}
