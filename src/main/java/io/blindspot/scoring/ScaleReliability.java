package io.blindspot.scoring;

/**
 * Cronbach's alpha of one scale over a set of responses.
 *
 * @param scale the scale
 * @param alpha Cronbach's alpha; NaN when undefined (fewer than two responses or items, or no
 *     variance in the scale totals). Can be negative when items work against each other.
 * @param n number of complete responses the alpha rests on
 * @param weak true when alpha is defined and below {@value #WEAK_BELOW}
 */
public record ScaleReliability(Scale scale, double alpha, int n, boolean weak) {

    /** The conventional floor for a scale used to describe individuals in development settings. */
    public static final double WEAK_BELOW = 0.70;

    /** A reliability with {@code weak} derived from the alpha. */
    public static ScaleReliability of(Scale scale, double alpha, int n) {
        return new ScaleReliability(scale, alpha, n, !Double.isNaN(alpha) && alpha < WEAK_BELOW);
    }

    /**
     * Results needed before alpha is shown as a number: below it, alpha swings by tenths from one
     * result to the next, and a precise-looking value would mislead.
     */
    public static final int MIN_RESULTS = 30;

    /** False when alpha could not be computed; show "not enough data" rather than a number. */
    public boolean isDefined() {
        return !Double.isNaN(alpha);
    }

    /** True when alpha is computed on at least {@value #MIN_RESULTS} results and may be shown as a number. */
    public boolean isShowable() {
        return isDefined() && n >= MIN_RESULTS;
    }
}
