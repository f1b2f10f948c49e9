package io.blindspot.assessment.ui;

import java.util.List;

/** Median and 95th percentile (nearest rank) of a set of durations in nanoseconds. */
record Percentiles(int samples, double medianMillis, double p95Millis) {

    static Percentiles of(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95));
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT, "median %.2f ms, p95 %.2f ms (%d answers)", medianMillis, p95Millis, samples);
    }
}
