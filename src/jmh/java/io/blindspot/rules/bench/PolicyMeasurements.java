package io.blindspot.rules.bench;

import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.engine.policy.RulePolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The policy check on the shipped rules in a fresh JVM: the first check (cold), then each file's
 * warm time. Besides wall time it reports the checking thread's CPU time, which a machine busy with
 * other work inflates far less. Run as described in docs/performance.md; it asserts nothing.
 */
public final class PolicyMeasurements {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PolicyMeasurements() {}

    public static void main(String[] args) {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Map<String, String> files = RuleSetSource.fromDirectory(rules).files();
        RulePolicy policy = new RulePolicy();

        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        boolean passed = policy.check(files).passed();
        System.out.printf(
                "BENCH policy cold: first check of the shipped rule set %.0f ms wall, %.0f ms CPU (passed: %s)%n",
                (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, passed);

        for (int i = 0; i < rounds; i++) {
            policy.check(files);
        }
        files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                measure(policy, name, text, rounds);
            }
        });
    }

    private static void measure(RulePolicy policy, String name, String text, int rounds) {
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long startWall = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            policy.check(name, text);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            wall[i] = (System.nanoTime() - startWall) / 1e6;
        }
        System.out.printf(
                "BENCH policy warm %-22s %6d chars: wall median %.1f ms p95 %.1f ms; CPU median %.1f ms p95 %.1f ms%n",
                name,
                text.length(),
                percentile(wall, 50),
                percentile(wall, 95),
                percentile(cpu, 50),
                percentile(cpu, 95));
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
