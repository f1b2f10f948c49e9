/**
 * Scoring: turns one person's questionnaire answers into a behavioural profile, and judges how
 * far those answers can be trusted.
 *
 * <p>This package is the code a psychometrician reviews. It is plain Java on purpose: no Spring,
 * no Vaadin, no JPA, no Jackson, so every formula can be read and tested in isolation. The path
 * of a number is:
 *
 * <ol>
 *   <li>{@link io.blindspot.scoring.ItemKey} says which scale an item belongs to and whether it
 *       is reverse-keyed (a reverse-keyed answer {@code a} counts as {@code 6 − a}).
 *   <li>{@link io.blindspot.scoring.Scorer} averages the keyed answers per scale and reports each
 *       mean as "percent of maximum possible", {@code (mean − 1) / 4 × 100}, giving {@link
 *       io.blindspot.scoring.ScaleScores}.
 *   <li>{@link io.blindspot.scoring.StyleAxes} derives the two axes of the style map (people vs
 *       task focus, fast vs moderate pace); {@link io.blindspot.scoring.ProfileMath} places the
 *       person in one of eight {@link io.blindspot.scoring.Style} sectors by angle, or in the
 *       balanced centre, and measures intensity (distance from the centre).
 *   <li>{@link io.blindspot.scoring.QualityCheck} raises {@link io.blindspot.scoring.QualityFlag}s
 *       for straight-lining, speeding, inconsistent and incomplete answering.
 *   <li>{@link io.blindspot.scoring.Reliability} computes Cronbach's alpha per scale over many
 *       people's complete answers, so a weak instrument version is visible.
 * </ol>
 *
 * <p>Users read the same story without code in {@code docs/scoring.md}.
 */
package io.blindspot.scoring;
