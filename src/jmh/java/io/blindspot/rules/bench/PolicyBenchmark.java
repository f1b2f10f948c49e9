package io.blindspot.rules.bench;

import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.engine.policy.PolicyReport;
import io.blindspot.rules.engine.policy.RulePolicy;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The policy check on the shipped rules: each file on its own, and the whole rule set. The first
 * check in a fresh JVM (both parsers loading their classes) is measured by running {@code
 * checkShippedRuleSet} in single-shot mode in fresh forks; see docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyBenchmark {

    private static final RulePolicy POLICY = new RulePolicy();

    @State(Scope.Benchmark)
    public static class ShippedFile {

        @Param({"coaching.drl", "data-quality.drl", "leader.drl", "team-composition.drl"})
        public String file;

        String text;

        @Setup
        public void read() {
            text = RuleSetSource.fromDirectory(Path.of("rules")).files().get(file);
            if (!POLICY.check(file, text).passed()) {
                throw new IllegalStateException(file + " does not pass the policy; nothing to measure");
            }
        }
    }

    @State(Scope.Benchmark)
    public static class ShippedRuleSet {

        Map<String, String> files;

        @Setup
        public void read() {
            files = RuleSetSource.fromDirectory(Path.of("rules")).files();
        }
    }

    @Benchmark
    public PolicyReport checkOneFile(ShippedFile shipped) {
        return POLICY.check(shipped.file, shipped.text);
    }

    @Benchmark
    public PolicyReport checkShippedRuleSet(ShippedRuleSet shipped) {
        return POLICY.check(shipped.files);
    }
}
