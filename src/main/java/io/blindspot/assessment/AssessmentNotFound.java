package io.blindspot.assessment;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;

/**
 * The one answer for an assessment the current person may not use, whether it does not exist or
 * belongs to someone else: telling the two apart would let anyone probe which ids exist and whose
 * they are. The real reason goes to the audit trail.
 */
public class AssessmentNotFound extends RuntimeException implements Explained {

    private static final String KEY = "assessment.refused.not-found";

    private final long assessmentId;

    public AssessmentNotFound(long assessmentId) {
        super(Messages.english(KEY, assessmentId));
        this.assessmentId = assessmentId;
    }

    @Override
    public String messageKey() {
        return KEY;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {assessmentId};
    }
}
