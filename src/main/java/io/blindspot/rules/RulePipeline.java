package io.blindspot.rules;

import io.blindspot.rules.engine.CompileMessage;
import io.blindspot.rules.engine.RuleCompiler;
import io.blindspot.rules.engine.dsl.DslExpander;
import io.blindspot.rules.engine.dsl.DslProblem;
import io.blindspot.rules.engine.policy.PolicyReport;
import io.blindspot.rules.engine.policy.PolicyText;
import io.blindspot.rules.engine.policy.PolicyViolation;
import io.blindspot.rules.engine.policy.RulePolicy;
import io.blindspot.rules.facts.Parameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one path every rule change takes before it may go live, whatever it comes from (the rules
 * folder, the API, the command line, a rollback, the editor): {@link Stage#PARSE} every file →
 * {@link Stage#POLICY}, the allowlist of what rules may use ({@link RulePolicy}) → {@link
 * Stage#COMPILE} → {@link Stage#SCENARIO}, every scenario. Business-language rules ({@code .dslr}
 * with a {@code .dsl}) are expanded to DRL at PARSE, and that DRL is what the policy checks and the
 * compiler compiles. It stops at the first step that fails
 * and reports every problem that step found, each with file, line, column and step; a rule file
 * the policy refused or could not read is never compiled, because compiling and firing run the code
 * in it. Storing and swapping ({@link Stage#STORE}, {@link Stage#SWAP}) are the publisher's, in
 * {@code rules.live}.
 *
 * <p>Stateless apart from its limits; safe to share between threads.
 */
public final class RulePipeline {

    private final RulePolicy policy = new RulePolicy();
    private final RuleCompiler compiler = new RuleCompiler();
    private final Limits limits;

    /** A pipeline with the shipped evaluation limits. */
    public RulePipeline() {
        this(Limits.DEFAULTS);
    }

    /** A pipeline with the server's evaluation limits, which {@code parameters.yaml} may only lower. */
    public RulePipeline(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    public BuildReport build(RuleSetSource source) {
        Run run = new Run(source);

        // PARSE: the data files, then every .drl with Drools' parser (the policy walks what it parsed)
        long start = System.nanoTime();
        Parameters params = readParameters(source, run.diagnostics);
        List<Scenario> scenarios = readScenarios(source, run.diagnostics);
        if (source.files().keySet().stream().noneMatch(path -> path.endsWith(".drl") || path.endsWith(".dslr"))) {
            var none = PolicyText.of("rules.policy.no-rule-file");
            run.diagnostics.add(new Diagnostic("", 0, 0, Stage.PARSE, "ERROR", "", none.english(), none));
        }
        // business-language rules become DRL line for line; the policy and the compiler see only that DRL
        DslExpander.Expansion expansion = DslExpander.expand(source.files());
        expansion.problems().stream()
                .filter(p -> !p.refused())
                .forEach(p -> run.diagnostics.add(toDiagnostic(Stage.PARSE, p)));
        // the policy parses each file with Drools' parser and walks what it parsed; the times are its own
        PolicyReport policyReport = policy.check(expansion.ruleFiles());
        policyReport
                .parseErrors()
                .forEach(v -> run.diagnostics.add(atSentence(expansion, toDiagnostic(Stage.PARSE, v))));
        long walked = System.nanoTime();
        if (run.failed(Stage.PARSE, start, walked - policyReport.checkNanos())) {
            return run.rejected();
        }
        expansion.problems().stream()
                .filter(DslProblem::refused)
                .forEach(p -> run.diagnostics.add(toDiagnostic(Stage.POLICY, p)));
        policyReport
                .violations()
                .forEach(v -> run.diagnostics.add(atSentence(expansion, toDiagnostic(Stage.POLICY, v))));
        if (run.failed(Stage.POLICY, walked - policyReport.checkNanos(), walked)) {
            return run.rejected();
        }

        start = System.nanoTime();
        RuleCompiler.Compilation compilation = compiler.compile(expansion.ruleFiles(), source.contentHash());
        compilation.messages().forEach(m -> run.diagnostics.add(atSentence(expansion, toDiagnostic(m))));
        if (run.failed(Stage.COMPILE, start, System.nanoTime()) || !compilation.succeeded()) {
            if (compilation.succeeded()) {
                compilation.ruleBase().close();
            }
            run.failedStage = Stage.COMPILE;
            return run.rejected();
        }

        start = System.nanoTime();
        RuleSet ruleSet = new RuleSet(source.contentHash(), compilation.ruleBase(), params);
        scenarios.forEach(scenario -> run.results.add(ScenarioRunner.run(ruleSet, scenario)));
        run.timings.put(Stage.SCENARIO, Duration.ofNanos(System.nanoTime() - start));
        if (run.results.stream().anyMatch(r -> !r.passed())) {
            ruleSet.close();
            run.failedStage = Stage.SCENARIO;
            return run.rejected();
        }
        return new BuildReport(
                source.contentHash(), run.diagnostics, run.results, Optional.of(ruleSet), null, run.timings);
    }

    /**
     * The PARSE step's verdict on a {@code parameters.yaml} text alone, with this pipeline's limits:
     * every problem with its key ({@link Diagnostic#field()}) and line; empty when it would pass.
     */
    public List<Diagnostic> checkParameters(String parametersYaml) {
        try {
            ParametersFile.read(parametersYaml, limits);
            return List.of();
        } catch (DataFileException e) {
            return e.diagnostics();
        }
    }

    /** The values of {@code parameters.yaml} with their ranges under this pipeline's limits. */
    public List<ParameterField> parameterFields() {
        return ParameterField.all(limits);
    }

    /** What one build collects as it goes. */
    private static final class Run {
        final RuleSetSource source;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final List<ScenarioResult> results = new ArrayList<>();
        final Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
        Stage failedStage;

        Run(RuleSetSource source) {
            this.source = source;
        }

        boolean failed(Stage stage, long startNanos, long endNanos) {
            timings.put(stage, Duration.ofNanos(endNanos - startNanos));
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                failedStage = stage;
                return true;
            }
            return false;
        }

        BuildReport rejected() {
            return new BuildReport(source.contentHash(), diagnostics, results, Optional.empty(), failedStage, timings);
        }
    }

    private Parameters readParameters(RuleSetSource source, List<Diagnostic> diagnostics) {
        try {
            return ParametersFile.read(source.files().get(RuleSetSource.PARAMETERS), limits);
        } catch (DataFileException e) {
            diagnostics.addAll(e.diagnostics());
            return Parameters.DEFAULTS;
        }
    }

    private static List<Scenario> readScenarios(RuleSetSource source, List<Diagnostic> diagnostics) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Map.Entry<String, String> file : source.scenarios().entrySet()) {
            try {
                scenarios.add(ScenarioFile.read(file.getKey(), file.getValue()));
            } catch (DataFileException e) {
                diagnostics.addAll(e.diagnostics());
            }
        }
        return scenarios;
    }

    /**
     * A problem in the DRL a sentence of a {@code .dslr} file expanded to: the line is already the
     * sentence's (expansion keeps lines), the column becomes where the sentence starts, since a
     * column in the DRL means nothing in the sentence.
     */
    private static Diagnostic atSentence(DslExpander.Expansion expansion, Diagnostic d) {
        Integer column =
                expansion.expandedLines().getOrDefault(d.file(), Map.of()).get(d.line());
        if (column == null) {
            return d;
        }
        return new Diagnostic(
                d.file(),
                d.line(),
                column,
                d.stage(),
                d.severity(),
                d.field(),
                d.message() + " (in the DRL this line's sentence expands to)",
                d.text() == null ? null : PolicyText.of("rules.policy.in-expanded-drl", d.text()));
    }

    private static Diagnostic toDiagnostic(Stage stage, PolicyViolation v) {
        return new Diagnostic(v.file(), v.line(), v.column(), stage, "ERROR", "", v.message(), v.text());
    }

    private static Diagnostic toDiagnostic(Stage stage, DslProblem p) {
        return new Diagnostic(p.file(), p.line(), p.column(), stage, "ERROR", "", p.message(), p.text());
    }

    private static Diagnostic toDiagnostic(CompileMessage m) {
        return new Diagnostic(m.file(), m.line(), m.column(), Stage.COMPILE, m.severity(), "", m.text());
    }
}
