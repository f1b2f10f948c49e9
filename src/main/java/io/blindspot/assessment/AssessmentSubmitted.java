package io.blindspot.assessment;

import java.time.Instant;

/**
 * A person submitted an assessment and its result is stored. Published inside the submitting
 * transaction, once per assessment (a repeated submit announces nothing), for the modules above
 * assessment to react to, e.g. with {@code @TransactionalEventListener} after the commit.
 */
public record AssessmentSubmitted(
        long assessmentId, long userId, String username, long resultId, Instant submittedAt) {}
