package io.blindspot.assessment;

import java.time.Instant;

/** An assessment as its owner's list shows it: what it is, how far along. */
public record AssessmentOverview(
        long id, String title, AssessmentStatus status, int answered, int total, Instant assignedAt) {

    public String progressLabel() {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> answered + " of " + total;
            case SUBMITTED -> "Submitted";
        };
    }
}
