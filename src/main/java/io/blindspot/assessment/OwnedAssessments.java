package io.blindspot.assessment;

import io.blindspot.audit.AuditTrail;
import io.blindspot.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Loads an assessment for the logged-in person and refuses anyone else's with the same
 * {@link AssessmentNotFound} as a missing one; the audit trail records which it was.
 */
@Component
class OwnedAssessments {

    static final String OPEN_REFUSED = "ASSESSMENT_OPEN_REFUSED";

    private final AssessmentRepository assessments;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OwnedAssessments(AssessmentRepository assessments, CurrentUser currentUser, AuditTrail audit) {
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.audit = audit;
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
            audit.recordRefusal(
                    currentUser.username(),
                    OPEN_REFUSED,
                    assessment.getUser().getId(),
                    "assessment/" + assessment.getId(),
                    "belongs to " + assessment.getUser().getUsername());
            throw new AssessmentNotFound(assessment.getId());
        }
        return assessment;
    }

    private AssessmentNotFound notFound(long assessmentId) {
        audit.recordRefusal(currentUser.username(), OPEN_REFUSED, null, "assessment/" + assessmentId, "does not exist");
        return new AssessmentNotFound(assessmentId);
    }
}
