package io.blindspot.assessment;

/** One answer of a submitted assessment, reduced to what reliability needs: whose set, which item, what value. */
public record SubmittedAnswer(Long assessmentId, String itemId, int value) {}
