package io.blindspot.assessment;

import java.time.Instant;

/**
 * One answer of a submitted assessment, reduced to what reliability needs: whose set (and whose
 * person, to count each person once), which item, what value.
 */
public record SubmittedAnswer(Long assessmentId, Long userId, Instant submittedAt, String itemId, int value) {}
