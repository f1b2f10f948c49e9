package io.blindspot.scoring;

import java.time.Duration;

/**
 * How long a person took to answer, for the speeding check.
 *
 * <p>{@code total} should be the time actually spent answering. A caller that has one timestamp
 * per answer best sums the gaps between consecutive answers and caps each gap (say at five
 * minutes), so that a lunch break in the middle does not hide fast answering elsewhere.
 *
 * @param total time spent answering the items that were answered; null when unknown, which
 *     disables the speeding check
 * @param peerMedian median total time of complete responses to the same instrument version; null
 *     when no such median is available yet
 */
public record ResponseTiming(Duration total, Duration peerMedian) {

    public ResponseTiming {
        requireNotNegative("total", total);
        requireNotNegative("peerMedian", peerMedian);
        if (total == null && peerMedian != null) {
            throw new IllegalArgumentException("A peer median without a total time cannot be used");
        }
    }

    /** No timing information: the speeding check is skipped. */
    public static ResponseTiming unknown() {
        return new ResponseTiming(null, null);
    }

    /** A total time, checked against the per-item reading floor only. */
    public static ResponseTiming of(Duration total) {
        return new ResponseTiming(requirePresent(total), null);
    }

    /** A total time, checked against the reading floor and against half the peers' median. */
    public static ResponseTiming of(Duration total, Duration peerMedian) {
        return new ResponseTiming(requirePresent(total), requirePresent(peerMedian));
    }

    /** Whether a total time is known. */
    public boolean known() {
        return total != null;
    }

    private static Duration requirePresent(Duration duration) {
        if (duration == null) {
            throw new IllegalArgumentException("Use ResponseTiming.unknown() when no time is known");
        }
        return duration;
    }

    private static void requireNotNegative(String name, Duration duration) {
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
