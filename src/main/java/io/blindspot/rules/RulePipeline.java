package io.blindspot.rules;

import io.blindspot.rules.engine.CompileMessage;
import io.blindspot.rules.engine.RuleCompiler;
import io.blindspot.rules.engine.policy.PolicyReport;
import io.blindspot.rules.engine.policy.RulePolicy;
import io.blindspot.rules.facts.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one path every rule change takes before it may go live: parse the data files → check the
 * rule files against the policy ({@link RulePolicy}, the allowlist of what rules may use) → compile
 * the rules → run every scenario. A change that fails any step yields no rule set, and the report
 * lists every problem found (the pipeline carries on past the first where it safely can, so HR can
 * fix them in one go; a rule file the policy refuses is never compiled).
 *
 * <p>Not yet here: publishing as a stored version; see the package documentation.
 */
public final class RulePipeline {

    private final RulePolicy policy = new RulePolicy();
    private final RuleCompiler compiler = new RuleCompiler();

    public BuildReport build(RuleSetSource source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Parameters params = readParameters(source, diagnostics);
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioResult> results = new ArrayList<>();
        readScenarios(source, scenarios, results, diagnostics);
        if (source.files().keySet().stream().noneMatch(path -> path.endsWith(".drl"))) {
            diagnostics.add(Diagnostic.error("", 0, 0, "", "the rule set has no .drl file"));
        }
        if (!passesPolicy(source, diagnostics)) {
            // nothing the policy refused or could not read reaches the compiler: compiling runs code too
            return new BuildReport(source.contentHash(), diagnostics, results, Optional.empty());
        }
        RuleCompiler.Compilation compilation = compiler.compile(source.files(), source.contentHash());
        compilation.messages().forEach(m -> diagnostics.add(toDiagnostic(m)));
        if (!compilation.succeeded()) {
            return new BuildReport(source.contentHash(), diagnostics, results, Optional.empty());
        }
        RuleSet ruleSet = new RuleSet(source.contentHash(), compilation.ruleBase(), params);
        scenarios.forEach(scenario -> results.add(ScenarioRunner.run(ruleSet, scenario)));
        boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError)
                && results.stream().allMatch(ScenarioResult::passed);
        if (!ok) {
            ruleSet.close();
        }
        return new BuildReport(
                source.contentHash(), diagnostics, results, ok ? Optional.of(ruleSet) : Optional.empty());
    }

    private boolean passesPolicy(RuleSetSource source, List<Diagnostic> diagnostics) {
        PolicyReport report = policy.check(source.files());
        report.all().forEach(v -> diagnostics.add(Diagnostic.error(v.file(), v.line(), v.column(), "", v.message())));
        return report.passed();
    }

    private static Parameters readParameters(RuleSetSource source, List<Diagnostic> diagnostics) {
        try {
            return ParametersFile.read(source.files().get(RuleSetSource.PARAMETERS));
        } catch (DataFileException e) {
            diagnostics.addAll(e.diagnostics());
            // carry on with the defaults so compile errors and scenarios are still reported
            return Parameters.DEFAULTS;
        }
    }

    private static void readScenarios(
            RuleSetSource source,
            List<Scenario> scenarios,
            List<ScenarioResult> results,
            List<Diagnostic> diagnostics) {
        for (Map.Entry<String, String> file : source.scenarios().entrySet()) {
            try {
                scenarios.add(ScenarioFile.read(file.getKey(), file.getValue()));
            } catch (DataFileException e) {
                diagnostics.addAll(e.diagnostics());
                results.add(new ScenarioResult(file.getKey(), file.getKey(), List.of(e.getMessage()), null));
            }
        }
    }

    private static Diagnostic toDiagnostic(CompileMessage m) {
        return new Diagnostic(m.file(), m.line(), m.column(), m.severity(), "", m.text());
    }
}
