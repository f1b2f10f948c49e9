package io.blindspot.assessment;

import java.time.Instant;

/**
 * An assessment as its owner's list shows it: what it is, which version, how far along, and for a
 * retake how the scales moved since the person's previous result.
 *
 * @param submittedAt when it was submitted; null while open
 * @param change the move of each scale since the previous submitted result; null for a first result
 *     or an open assessment
 */
public record AssessmentOverview(
        long id,
        String title,
        AssessmentStatus status,
        int answered,
        int total,
        Instant assignedAt,
        int instrumentVersion,
        Instant submittedAt,
        ScoreChange change) {

    /** An overview without version, submit date or change, e.g. for an open assessment. */
    public AssessmentOverview(
            long id, String title, AssessmentStatus status, int answered, int total, Instant assignedAt) {
        this(id, title, status, answered, total, assignedAt, 1, null, null);
    }

    public String progressLabel() {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> answered + " of " + total;
            case SUBMITTED -> "Submitted";
        };
    }

    /**
     * How each scale (0–100) moved from the previous result to this one, rounded to whole points.
     *
     * @param previousSubmittedAt when the previous result was submitted
     */
    public record ScoreChange(Instant previousSubmittedAt, long d, long i, long s, long c) {

        static ScoreChange between(AssessmentResult previous, AssessmentResult current) {
            return new ScoreChange(
                    previous.getAssessment().getSubmittedAt(),
                    Math.round(current.getScoreD()) - Math.round(previous.getScoreD()),
                    Math.round(current.getScoreI()) - Math.round(previous.getScoreI()),
                    Math.round(current.getScoreS()) - Math.round(previous.getScoreS()),
                    Math.round(current.getScoreC()) - Math.round(previous.getScoreC()));
        }
    }
}
