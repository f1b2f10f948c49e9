package io.blindspot.assessment;

import java.time.Instant;

/** Confirmation that an answer is stored, with how many of the statements are answered now. */
public record SavedAnswer(String itemId, int value, Instant answeredAt, int answered, int total) {}
