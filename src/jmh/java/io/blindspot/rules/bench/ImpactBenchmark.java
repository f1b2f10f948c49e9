package io.blindspot.rules.bench;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamEvaluator;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.workbench.ImpactComparison;
import io.blindspot.rules.workbench.TeamImpact;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The editor's impact preview for 10,000 people in 1,321 teams: the draft (the shipped rules with
 * {@code high} raised from 65 to 75) built through the pipeline without its scenarios (parse, policy,
 * compile), then every team evaluated with the live rules and with the draft and compared, as
 * {@code ImpactPreview} does after reading the teams from the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImpactBenchmark {

    private final RulePipeline pipeline = new RulePipeline();
    private TeamEvaluator live;
    private RuleSetSource draft;
    private List<TeamInput> teams;
    private io.blindspot.rules.RuleSet builtDraft;

    @Setup(Level.Trial)
    public void liveRulesAndDraft() {
        var shipped = RuleSetSource.fromDirectory(Path.of("rules"));
        BuildReport report = pipeline.build(shipped);
        if (!report.ok()) {
            throw new IllegalStateException(report.summary());
        }
        live = new TeamEvaluator();
        live.publish(report);
        Map<String, String> files = new TreeMap<>(shipped.files());
        files.put("parameters.yaml", files.get("parameters.yaml").replace("high: 65", "high: 75"));
        files.keySet().removeIf(name -> name.startsWith(RuleSetSource.SCENARIOS)); // as ImpactPreview does
        draft = RuleSetSource.of(files);
        teams = SyntheticOrgs.largeOrganisation();
        if (preview().isEmpty()) {
            throw new IllegalStateException("the draft changes no team: the benchmark would measure nothing");
        }
        builtDraft = pipeline.build(draft).ruleSet().orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() {
        live.close();
        builtDraft.close();
    }

    /**
     * The part of {@link #preview()} after the draft is built: every team evaluated with both rule
     * sets and compared. {@code preview - compareOnly} is the draft's parse, policy and compile.
     */
    @Benchmark
    public List<TeamImpact> compareOnly() {
        return ImpactComparison.over(teams, live::evaluate, builtDraft);
    }

    /** Build the draft, evaluate every team twice, compare. */
    @Benchmark
    public List<TeamImpact> preview() {
        BuildReport report = pipeline.build(draft);
        try (var rules = report.ruleSet().orElseThrow(() -> new IllegalStateException(report.summary()))) {
            return ImpactComparison.over(teams, live::evaluate, rules);
        }
    }
}
