package io.blindspot.workshop;

import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.assessment.WorkshopAssessments.Progress;

/** A participant's questionnaire in words, as the completion board and the debrief say it. */
final class ParticipantStatus {

    static final String NOT_STARTED = "not started";
    static final String SUBMITTED = "submitted";
    static final String FLAGGED = "flagged for quality";

    private ParticipantStatus() {}

    static String of(Progress progress) {
        if (progress == null || progress.status() == AssessmentStatus.NOT_STARTED) {
            return NOT_STARTED;
        }
        if (progress.submitted()) {
            return progress.flagged() ? FLAGGED : SUBMITTED;
        }
        return progress.answered() + " of " + progress.total();
    }
}
