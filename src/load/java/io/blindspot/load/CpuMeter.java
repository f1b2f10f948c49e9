package io.blindspot.load;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The driver's own CPU time over the answering window, in cores, and the whole machine's mean
 * CPU load sampled each second: if the driver were the bottleneck, it would show here.
 */
final class CpuMeter {

    record Use(double driverCores, double machineLoad) {}

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long cpuStart = os.getProcessCpuTime();
    private final long wallStart = System.nanoTime();
    private final List<Double> machine = new ArrayList<>();
    private final java.util.concurrent.ScheduledFuture<?> sampler;

    CpuMeter(ScheduledExecutorService scheduler) {
        sampler = scheduler.scheduleAtFixedRate(
                () -> {
                    double load = os.getCpuLoad();
                    if (load >= 0) {
                        synchronized (machine) {
                            machine.add(load);
                        }
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    Use stop() {
        sampler.cancel(false);
        double cores = (os.getProcessCpuTime() - cpuStart) / (double) (System.nanoTime() - wallStart);
        synchronized (machine) {
            return new Use(cores, machine.stream().mapToDouble(d -> d).average().orElse(-1));
        }
    }
}
