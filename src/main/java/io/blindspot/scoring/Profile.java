package io.blindspot.scoring;

import java.util.Objects;

/**
 * A person's behavioural profile: the four scale scores and what the style map makes of them.
 *
 * @param scores the four scale scores, each 0–100
 * @param axes the position on the style map, each axis −100…100
 * @param style the sector of the style map, or {@link Style#BALANCED} near the centre
 * @param intensity the distance from the centre of the map, 0–100 (see {@link ProfileMath})
 */
public record Profile(ScaleScores scores, StyleAxes axes, Style style, double intensity) {

    public Profile {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(style, "style");
        if (!(intensity >= 0.0 && intensity <= 100.0)) {
            throw new IllegalArgumentException("intensity must be within 0–100, was " + intensity);
        }
    }
}
