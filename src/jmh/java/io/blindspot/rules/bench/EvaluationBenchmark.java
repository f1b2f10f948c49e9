package io.blindspot.rules.bench;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamEvaluator;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Parameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating whole organisations, team by team, with the shipped rules (every rule, findings and
 * coaching actions, one session per team) and with the plain-Java baseline of three core checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    private static final Set<String> CORE = Set.of("UNIFORM_TASK_DOMINANCE", "DOMINANCE_OVERLOAD", "MISSING_STYLE");

    @Param({"team7", "org225", "org10000"})
    public String organisation;

    private TeamEvaluator evaluator;
    private Parameters params;
    private List<TeamInput> teams;

    @Setup(Level.Trial)
    public void publishShippedRules() {
        BuildReport report = new RulePipeline().build(RuleSetSource.fromDirectory(Path.of("rules")));
        params = report.ruleSet()
                .orElseThrow(() -> new IllegalStateException(report.summary()))
                .parameters();
        evaluator = new TeamEvaluator();
        evaluator.publish(report);
        teams = switch (organisation) {
            case "team7" -> SyntheticOrgs.sevenExecutives();
            case "org225" -> SyntheticOrgs.salesOrganisation();
            case "org10000" -> SyntheticOrgs.largeOrganisation();
            default -> throw new IllegalArgumentException(organisation);};
        checkBothAgree();
    }

    /** A baseline that disagrees with the rules would measure the wrong thing; refuse to run. */
    private void checkBothAgree() {
        for (TeamInput team : teams) {
            Evaluation evaluation = evaluator.evaluate(team);
            Set<String> drools = new TreeSet<>();
            for (Finding f : evaluation.findings()) {
                if (CORE.contains(f.code())) {
                    drools.add(
                            f.code().equals("MISSING_STYLE")
                                    ? "MISSING_STYLE:" + f.evidence().get("scale")
                                    : f.code());
                }
            }
            Set<String> plain = new TreeSet<>(PlainJavaChecks.evaluate(team, params));
            if (!drools.equals(plain)) {
                throw new IllegalStateException(team.teamId() + ": rules " + drools + " but baseline " + plain);
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        evaluator.close();
    }

    @Benchmark
    public void drools(Blackhole blackhole) {
        for (TeamInput team : teams) {
            blackhole.consume(evaluator.evaluate(team));
        }
    }

    @Benchmark
    public void plainJava(Blackhole blackhole) {
        for (TeamInput team : teams) {
            blackhole.consume(PlainJavaChecks.evaluate(team, params));
        }
    }
}
