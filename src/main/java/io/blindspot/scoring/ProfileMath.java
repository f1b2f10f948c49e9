package io.blindspot.scoring;

/**
 * Places a person on the style map: axes, style sector and intensity.
 *
 * <p><b>Intensity</b> is the distance of the point ({@code peopleVsTask}, {@code pace}) from the
 * centre. Written in scale scores it is {@code √(((I − C)² + (S − D)²) / 2)}, so it ranges from 0
 * (all four scores equal) to 100, reached only when two neighbouring scales are at 100 and the
 * other two at 0 (e.g. D = I = 100, S = C = 0). Someone at 100 on a single scale and 0 on the
 * rest reaches 70.7. The result is clamped to 0–100 against rounding error.
 *
 * <p><b>Style</b> is the sector the angle of the point falls into. Eight sectors of 45° each are
 * centred on the four scales (I at 45°, D at 135°, C at 225°, S at 315°) and the four blends
 * between them (IS at 0°, DI at 90°, CD at 180°, SC at 270°). Each sector is half-open: it
 * includes its counter-clockwise-lower boundary, so 22.5° belongs to I, not IS.
 *
 * <p>Near the centre the angle says little — a small wobble in one answer can swing it to the
 * opposite side — so below an intensity of {@value #BALANCED_BELOW} the style is {@link
 * Style#BALANCED}. That threshold is 10% of the largest possible distance. For scale: moving
 * four answers of one 10-item scale by one point shifts that score by 10 and the point by about
 * 7, so below 10 the direction mostly reflects such small wobbles.
 */
public final class ProfileMath {

    /** Intensity below which the style is {@link Style#BALANCED}. */
    public static final double BALANCED_BELOW = 10.0;

    /** Width of one style sector in degrees (360 / 8). */
    public static final double SECTOR_WIDTH_DEGREES = 45.0;

    // Indexed by sector number k, whose centre angle is k × 45°, counter-clockwise from +x.
    private static final Style[] SECTORS = {Style.IS, Style.I, Style.DI, Style.D, Style.CD, Style.C, Style.SC, Style.S};

    private ProfileMath() {}

    /** Computes axes, intensity and style for the given scale scores. */
    public static Profile fromScores(ScaleScores scores) {
        StyleAxes axes = StyleAxes.from(scores);
        double intensity = intensityOf(axes);
        return new Profile(scores, axes, styleOf(axes), intensity);
    }

    /** Distance of the point from the centre of the map, clamped to 0–100. */
    public static double intensityOf(StyleAxes axes) {
        return Math.min(100.0, Math.max(0.0, axes.distanceFromCentre()));
    }

    /** The style of a point: {@link Style#BALANCED} near the centre, otherwise its sector. */
    public static Style styleOf(StyleAxes axes) {
        if (intensityOf(axes) < BALANCED_BELOW) {
            return Style.BALANCED;
        }
        return sectorAt(axes.angleDegrees());
    }

    /** The sector an angle (in degrees, any value; taken modulo 360) falls into. */
    public static Style sectorAt(double angleDegrees) {
        double shifted = angleDegrees + SECTOR_WIDTH_DEGREES / 2;
        double normalised = ((shifted % 360.0) + 360.0) % 360.0;
        int sector = (int) Math.floor(normalised / SECTOR_WIDTH_DEGREES);
        return SECTORS[Math.min(sector, SECTORS.length - 1)];
    }
}
