package io.blindspot.assessment;

import io.blindspot.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Loads an assessment for the logged-in person and refuses anyone else's. */
@Component
class OwnedAssessments {

    private final AssessmentRepository assessments;
    private final CurrentUser currentUser;

    OwnedAssessments(AssessmentRepository assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    /** The current person's assessment, locked for the rest of the transaction. */
    Assessment forUpdate(long assessmentId) {
        return ownedBy(assessments.findForUpdate(assessmentId).orElseThrow(() -> notFound(assessmentId)));
    }

    Assessment forReading(long assessmentId) {
        return ownedBy(assessments.findWithOwner(assessmentId).orElseThrow(() -> notFound(assessmentId)));
    }

    boolean isOwner(Assessment assessment) {
        return assessment.getUser().getUsername().equals(currentUser.username());
    }

    String username() {
        return currentUser.username();
    }

    private Assessment ownedBy(Assessment assessment) {
        if (!isOwner(assessment)) {
            throw new AccessDeniedException("Assessment " + assessment.getId() + " belongs to another person; "
                    + currentUser.username() + " may not open or answer it");
        }
        return assessment;
    }

    private static IllegalArgumentException notFound(long assessmentId) {
        return new IllegalArgumentException("Assessment " + assessmentId + " does not exist");
    }
}
