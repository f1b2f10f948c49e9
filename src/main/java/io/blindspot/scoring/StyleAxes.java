package io.blindspot.scoring;

/**
 * A person's position on the style map.
 *
 * <p>x ({@code peopleVsTask}) = people focus − task focus, where task focus = (D + C) / 2 and
 * people focus = (I + S) / 2. Positive means more people-oriented, negative more task-oriented.
 *
 * <p>y ({@code pace}) = fast pace − moderate pace, where fast = (D + I) / 2 and moderate = (S +
 * C) / 2. Positive means faster, more outspoken; negative means more measured and deliberate.
 *
 * <p>Each focus is a mean of two 0–100 scores, so each axis lies within −100…100. With D top-left,
 * I top-right, S bottom-right and C bottom-left, a person high only in D sits at (−50, 50).
 *
 * @param peopleVsTask the x axis, −100 (all task) … 100 (all people)
 * @param pace the y axis, −100 (all moderate) … 100 (all fast)
 */
public record StyleAxes(double peopleVsTask, double pace) {

    public StyleAxes {
        requireAxis("peopleVsTask", peopleVsTask);
        requireAxis("pace", pace);
    }

    /** Derives both axes from the four scale scores using the formulas above. */
    public static StyleAxes from(ScaleScores scores) {
        double task = (scores.d() + scores.c()) / 2;
        double people = (scores.i() + scores.s()) / 2;
        double fast = (scores.d() + scores.i()) / 2;
        double moderate = (scores.s() + scores.c()) / 2;
        return new StyleAxes(people - task, fast - moderate);
    }

    /**
     * The direction of the point from the centre, in degrees counter-clockwise from the positive
     * x axis, within [0, 360): 45° is I (top-right), 135° D, 225° C, 315° S.
     */
    public double angleDegrees() {
        double degrees = Math.toDegrees(Math.atan2(pace, peopleVsTask));
        return degrees < 0 ? degrees + 360.0 : degrees;
    }

    /** Euclidean distance of the point from the centre (0, 0). */
    public double distanceFromCentre() {
        return Math.hypot(peopleVsTask, pace);
    }

    private static void requireAxis(String name, double value) {
        // A tiny tolerance: the axis formulas can overshoot ±100 by rounding error only.
        if (!(value >= -100.0 - 1e-9 && value <= 100.0 + 1e-9)) {
            throw new IllegalArgumentException(name + " must be within −100…100, was " + value);
        }
    }
}
