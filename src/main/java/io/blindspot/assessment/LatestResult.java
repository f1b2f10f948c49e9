package io.blindspot.assessment;

import java.util.Set;

/**
 * A person's newest scored result, as the rule base reads it.
 *
 * @param d the D scale score, 0–100 (likewise {@code i}, {@code s}, {@code c})
 * @param qualityFlags the names of the response-quality flags raised, e.g. {@code SPEEDING}
 */
public record LatestResult(long userId, double d, double i, double s, double c, Set<String> qualityFlags) {

    public LatestResult {
        qualityFlags = Set.copyOf(qualityFlags);
    }

    static LatestResult of(AssessmentResult result) {
        return new LatestResult(
                result.getAssessment().getUser().getId(),
                result.getScoreD(),
                result.getScoreI(),
                result.getScoreS(),
                result.getScoreC(),
                result.getQualityFlags());
    }
}
