package io.blindspot.assessment;

import java.time.Instant;

/**
 * Confirmation that an answer is stored. The progress is the caller's to count: it knows what it
 * sent, and recounting the rows would cost a query per answer.
 */
public record SavedAnswer(String itemId, int value, Instant answeredAt) {}
