package io.blindspot.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The driver's own CPU time over the answering window, in cores: all of it, and the part its Java
 * threads spent sending and reading requests (the rest is the JIT compiler and the garbage
 * collector). Also the whole machine's mean CPU load, sampled each second. If the driver were the
 * bottleneck, it would show here.
 */
final class CpuMeter {

    record Use(double driverCores, double requestThreadCores, double machineLoad) {}

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processStart = os.getProcessCpuTime();
    private final long threadsStart = javaThreadsCpu();
    private final long wallStart = System.nanoTime();
    private final List<Double> machine = new ArrayList<>();
    private final ScheduledFuture<?> sampler;

    CpuMeter(ScheduledExecutorService scheduler) {
        sampler = scheduler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        double load = os.getCpuLoad();
        if (load >= 0) {
            synchronized (machine) {
                machine.add(load);
            }
        }
    }

    Use stop() {
        sampler.cancel(false);
        double wall = System.nanoTime() - wallStart;
        double process = (os.getProcessCpuTime() - processStart) / wall;
        double requestThreads = (javaThreadsCpu() - threadsStart) / wall;
        synchronized (machine) {
            return new Use(
                    process,
                    requestThreads,
                    machine.stream().mapToDouble(d -> d).average().orElse(-1));
        }
    }

    /** CPU time of the live Java threads (the driver's pools, the HTTP selector, main); threads that ended are lost. */
    private long javaThreadsCpu() {
        return Arrays.stream(threads.getAllThreadIds())
                .map(threads::getThreadCpuTime)
                .filter(t -> t > 0)
                .sum();
    }
}
