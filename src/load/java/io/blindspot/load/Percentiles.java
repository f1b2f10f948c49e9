package io.blindspot.load;

import java.util.Arrays;

/** Percentiles by the nearest-rank method over a set of durations (no interpolation, no buckets). */
record Percentiles(int count, long p50, long p95, long p99, long max) {

    static final Percentiles NONE = new Percentiles(0, 0, 0, 0, 0);

    static Percentiles of(long[] samples) {
        if (samples.length == 0) {
            return NONE;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Percentiles(
                sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The smallest sample that at least p percent of all samples do not exceed. */
    static long rank(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
