package io.blindspot.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time a person actually spent answering, for the speeding check: the gaps between consecutive
 * answers (the first counted from the start), each capped at {@link #GAP_CAP}, summed. A lunch
 * break in the middle adds at most the cap, so it cannot hide fast answering elsewhere.
 */
public final class AnsweringTime {

    /** The longest a single gap between two answers counts for: reading and thinking, not a break. */
    public static final Duration GAP_CAP = Duration.ofMinutes(5);

    private AnsweringTime() {}

    /**
     * @param started when the person started; answers before it count from the first answer
     * @param answeredAt when each answer was (last) given, in any order
     * @return the capped total; zero without answers
     */
    public static Duration of(Instant started, List<Instant> answeredAt) {
        List<Instant> times = new ArrayList<>(answeredAt);
        times.sort(null);
        Duration total = Duration.ZERO;
        Instant previous = started;
        for (Instant at : times) {
            if (previous != null && at.isAfter(previous)) {
                Duration gap = Duration.between(previous, at);
                total = total.plus(gap.compareTo(GAP_CAP) > 0 ? GAP_CAP : gap);
            }
            previous = previous == null || at.isAfter(previous) ? at : previous;
        }
        return total;
    }
}
