package io.blindspot.assessment;

/**
 * The one answer for an assessment the current person may not use, whether it does not exist or
 * belongs to someone else: telling the two apart would let anyone probe which ids exist and whose
 * they are. The real reason goes to the audit trail.
 */
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound(long assessmentId) {
        super("Assessment " + assessmentId + " was not found.");
    }
}
