package io.blindspot.rules.facts;

import java.util.Map;

/**
 * The style map arithmetic, copied on purpose from the scoring module (which this package must not
 * import) so rule facts carry the same axes and style names.
 *
 * <ul>
 *   <li>x, people vs task: (I + S)/2 − (D + C)/2, from −100 (task) to +100 (people);
 *   <li>y, pace: (D + I)/2 − (S + C)/2, from −100 (moderate) to +100 (fast);
 *   <li>intensity: distance from the centre, clamped to 0–100;
 *   <li>style: one of eight 45° sectors centred on IS 0°, I 45°, DI 90°, D 135°, CD 180°, C 225°,
 *       SC 270° and S 315° (each includes its lower boundary), or {@code BALANCED} when the
 *       intensity is below 10, where the angle mostly reflects small wobbles in answers.
 * </ul>
 */
public final class StyleMap {

    /** Intensity below which the style is {@code BALANCED}. */
    public static final double BALANCED_BELOW = 10.0;

    /** The style names, in the order of their sector centres (k × 45°, counter-clockwise). */
    private static final String[] SECTORS = {"IS", "I", "DI", "D", "CD", "C", "SC", "S"};

    private static final Map<String, String> WORDS = Map.of(
            "D", "Dominance",
            "DI", "Dominance–Influence",
            "I", "Influence",
            "IS", "Influence–Steadiness",
            "S", "Steadiness",
            "SC", "Steadiness–Conscientiousness",
            "C", "Conscientiousness",
            "CD", "Conscientiousness–Dominance",
            "BALANCED", "Balanced");

    private StyleMap() {}

    /** A style name in words ("DI" → "Dominance–Influence"); an unknown name as it is. */
    public static String words(String style) {
        return WORDS.getOrDefault(style, style);
    }

    public static double peopleVsTask(double d, double i, double s, double c) {
        return (i + s) / 2 - (d + c) / 2;
    }

    public static double pace(double d, double i, double s, double c) {
        return (d + i) / 2 - (s + c) / 2;
    }

    public static double intensity(double x, double y) {
        return Math.min(100.0, Math.max(0.0, Math.hypot(x, y)));
    }

    /** The style name of the point (x, y) on the map. */
    public static String style(double x, double y) {
        if (intensity(x, y) < BALANCED_BELOW) {
            return "BALANCED";
        }
        double shifted = Math.toDegrees(Math.atan2(y, x)) + 22.5;
        double normalised = ((shifted % 360.0) + 360.0) % 360.0;
        int sector = (int) Math.floor(normalised / 45.0);
        return SECTORS[Math.min(sector, SECTORS.length - 1)];
    }
}
