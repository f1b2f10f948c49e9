package io.blindspot.scoring;

/**
 * One person's four scale scores, each on 0–100 ("percent of maximum possible").
 *
 * <p>0 means every keyed answer of the scale was 1 (strongly disagree), 100 means every keyed
 * answer was 5, 50 is the neutral midpoint. These are normative scores: two people's D scores
 * can be compared with each other, which team rules rely on.
 */
public record ScaleScores(double d, double i, double s, double c) {

    public ScaleScores {
        requireScore(Scale.D, d);
        requireScore(Scale.I, i);
        requireScore(Scale.S, s);
        requireScore(Scale.C, c);
    }

    /** The score of one scale. */
    public double of(Scale scale) {
        return switch (scale) {
            case D -> d;
            case I -> i;
            case S -> s;
            case C -> c;
        };
    }

    /**
     * Converts a mean keyed answer on the 1–5 scale to 0–100: {@code (mean − 1) / 4 × 100}.
     * A mean of 1 gives 0, 3 gives 50, 5 gives 100.
     */
    public static double percentOfMaximum(double meanAnswer) {
        return (meanAnswer - ItemKey.MIN_ANSWER) / (ItemKey.MAX_ANSWER - ItemKey.MIN_ANSWER) * 100.0;
    }

    private static void requireScore(Scale scale, double value) {
        if (!(value >= 0.0 && value <= 100.0)) {
            throw new IllegalArgumentException("Score for " + scale.label() + " must be within 0–100, was " + value);
        }
    }
}
