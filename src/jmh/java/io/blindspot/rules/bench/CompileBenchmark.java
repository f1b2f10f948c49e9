package io.blindspot.rules.bench;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.engine.RuleCompiler;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm recompile of the shipped rules: compile only, and the whole pipeline (compile plus every
 * scenario). Each build is closed at once, so the KieRepository does not grow across iterations.
 * Cold compile (the first build in a fresh JVM) is measured by {@link RuleSetMeasurements}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    private RuleSetSource source;
    private final RuleCompiler compiler = new RuleCompiler();
    private final RulePipeline pipeline = new RulePipeline();

    @Setup
    public void readRules() {
        source = RuleSetSource.fromDirectory(Path.of("rules"));
    }

    @Benchmark
    public boolean compileShippedRules() {
        RuleCompiler.Compilation compilation = compiler.compile(source.files(), "bench");
        compilation.ruleBase().close();
        return compilation.succeeded();
    }

    @Benchmark
    public boolean buildShippedRulesWithScenarios() {
        BuildReport report = pipeline.build(source);
        report.ruleSet().orElseThrow().close();
        return report.ok();
    }
}
