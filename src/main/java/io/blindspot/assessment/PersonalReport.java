package io.blindspot.assessment;

import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Style;
import java.time.Instant;
import java.util.List;

/**
 * One person's scored profile as their report shows it.
 *
 * @param d the D scale score, 0–100 (likewise {@code i}, {@code s}, {@code c})
 * @param peopleVsTask x on the style map, −100 (task) … 100 (people)
 * @param pace y on the style map, −100 (moderate) … 100 (fast)
 * @param intensity distance from the centre of the map
 */
public record PersonalReport(
        long assessmentId,
        String personName,
        String instrumentTitle,
        int instrumentVersion,
        Instant submittedAt,
        double d,
        double i,
        double s,
        double c,
        double peopleVsTask,
        double pace,
        Style style,
        double intensity,
        List<QualityFlag> flags) {

    public PersonalReport {
        flags = List.copyOf(flags);
    }
}
