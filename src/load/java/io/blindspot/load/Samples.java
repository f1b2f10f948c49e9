package io.blindspot.load;

import java.util.Arrays;

/** Durations in nanoseconds collected from many threads; small enough to keep every sample. */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized Percentiles percentiles() {
        return Percentiles.of(Arrays.copyOf(values, size));
    }

    synchronized int count() {
        return size;
    }
}
