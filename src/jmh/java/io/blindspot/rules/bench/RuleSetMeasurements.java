package io.blindspot.rules.bench;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamEvaluator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * What JMH measures badly: the cold compile (first build in a fresh JVM, so JIT and class loading
 * are included), and whether heap and metaspace stay flat over 100 recompile-and-publish cycles of
 * the shipped rules. Run in its own JVM (see docs/performance.md).
 */
public final class RuleSetMeasurements {

    private RuleSetMeasurements() {}

    public static void main(String[] args) {
        RuleSetSource source = RuleSetSource.fromDirectory(Path.of(args.length > 0 ? args[0] : "rules"));
        int recompiles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        RulePipeline pipeline = new RulePipeline();
        try (TeamEvaluator evaluator = new TeamEvaluator()) {
            long start = System.nanoTime();
            BuildReport first = pipeline.build(source);
            System.out.printf("cold build (compile + scenarios), first in this JVM: %d ms%n", millisSince(start));
            evaluator.publish(first);

            // settle: a few cycles so JIT-compiled code and caches are in place before the baseline
            for (int i = 0; i < 10; i++) {
                evaluator.publish(pipeline.build(source));
            }
            long[] before = usage();
            long cycles = System.nanoTime();
            for (int i = 0; i < recompiles; i++) {
                evaluator.publish(pipeline.build(source));
            }
            long perCycle = millisSince(cycles) / recompiles;
            long[] after = usage();
            System.out.printf("warm build + publish, mean of %d: %d ms%n", recompiles, perCycle);
            System.out.printf(
                    "heap used after GC: %.1f MB before, %.1f MB after %d recompiles (%+.1f MB)%n",
                    mb(before[0]), mb(after[0]), recompiles, mb(after[0] - before[0]));
            System.out.printf(
                    "metaspace used:     %.1f MB before, %.1f MB after %d recompiles (%+.1f MB)%n",
                    mb(before[1]), mb(after[1]), recompiles, mb(after[1] - before[1]));
            var classes = ManagementFactory.getClassLoadingMXBean();
            System.out.printf(
                    "classes: %d loaded now (%d before the %d recompiles), %d unloaded in all%n",
                    classes.getLoadedClassCount(), before[2], recompiles, classes.getUnloadedClassCount());
        }
    }

    /** {heap used, metaspace used} in bytes after a full collection, and the classes loaded. */
    private static long[] usage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = 0;
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getUsage().getUsed();
            } else if (pool.getName().equals("Metaspace")) {
                metaspace = pool.getUsage().getUsed();
            }
        }
        return new long[] {
            heap, metaspace, ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
        };
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
