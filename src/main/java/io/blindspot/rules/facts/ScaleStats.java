package io.blindspot.rules.facts;

/**
 * How a team spreads on one scale (0–100) or one axis (−100…100).
 *
 * <p>The standard deviation is the population one (divided by n, not n − 1): it describes this
 * team, not a sample of some larger group. "High" and "low" follow the parameters: on a scale at or
 * above {@code params.high} / at or below {@code params.low}; on an axis at least {@code
 * params.high − params.low} toward the positive pole (people, fast pace) / the negative pole (task,
 * moderate pace). Shares are of the completed results. All figures are 0 for a team with no result.
 *
 * <p>In a rule: {@code Team( s.highCount == 0 )} — nobody is high in S.
 */
public record ScaleStats(
        @Meaning("The mean over the members with a result.") double mean,
        @Meaning("The standard deviation: how spread out the members are.") double standardDeviation,
        @Meaning("The lowest value in the team.") double min,
        @Meaning("The highest value in the team.") double max,
        @Meaning("How many members are high (at least params.high on a scale, high - low toward the pole on an axis).")
                int highCount,
        @Meaning("How many members are low (at most params.low on a scale).") int lowCount,
        @Meaning("The share (0-1) of completed results that are high.") double highShare,
        @Meaning("The share (0-1) of completed results that are low.") double lowShare) {

    static final ScaleStats EMPTY = new ScaleStats(0, 0, 0, 0, 0, 0, 0, 0);

    /** Computes the statistics of {@code values} with the given thresholds. */
    static ScaleStats of(double[] values, double highAtLeast, double lowAtMost) {
        int n = values.length;
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int high = 0;
        int low = 0;
        for (double value : values) {
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            high += value >= highAtLeast ? 1 : 0;
            low += value <= lowAtMost ? 1 : 0;
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new ScaleStats(mean, Math.sqrt(squares / n), min, max, high, low, (double) high / n, (double) low / n);
    }

    /** The difference between the highest and the lowest value. */
    @Meaning("The difference between the highest and the lowest value.")
    public double range() {
        return max - min;
    }

    /** {@link #highShare()} as a whole percentage, for explanations. */
    @Meaning("highShare as a whole percentage, for explanations.")
    public long highPercent() {
        return Math.round(highShare * 100);
    }

    /** {@link #lowShare()} as a whole percentage, for explanations. */
    @Meaning("lowShare as a whole percentage, for explanations.")
    public long lowPercent() {
        return Math.round(lowShare * 100);
    }
}
