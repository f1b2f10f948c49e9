package io.blindspot.scoring;

import java.time.Duration;
import java.util.Collection;

/**
 * The typical answering time the speeding check compares against, per instrument version.
 *
 * <p>From {@value #MIN_RESULTS} submitted results on, it is their median answering time. Before
 * that, and whenever the median comes out lower, it is a floor of {@value #FLOOR_SECONDS_PER_ITEM}
 * s per statement: a short statement takes an attentive reader at least that long to read and
 * weigh (the simulation's attentive readers take about 5 s), and a crowd of early speeders must not
 * lower the bar. Speeding is then under half of it: with the floor, under 1.5 s per statement.
 */
public final class PeerMedian {

    /** Submitted results of a version needed before their own median is used. */
    public static final int MIN_RESULTS = 20;

    /** The lowest typical answering time per statement assumed, in seconds. */
    public static final double FLOOR_SECONDS_PER_ITEM = 3.0;

    private PeerMedian() {}

    /**
     * @param answeringTimes answering times of submitted (complete) results of the same version
     * @param itemCount statements in the version
     */
    public static Duration of(Collection<Duration> answeringTimes, int itemCount) {
        Duration floor = Duration.ofMillis(Math.round(FLOOR_SECONDS_PER_ITEM * 1000 * itemCount));
        if (answeringTimes.size() < MIN_RESULTS) {
            return floor;
        }
        long[] millis =
                answeringTimes.stream().mapToLong(Duration::toMillis).sorted().toArray();
        int mid = millis.length / 2;
        long median = millis.length % 2 == 1 ? millis[mid] : (millis[mid - 1] + millis[mid]) / 2;
        return Duration.ofMillis(Math.max(median, floor.toMillis()));
    }
}
