package io.blindspot.security;

/**
 * An account was created. Published inside the creating transaction, so a listener that writes
 * (the audit trail) commits or rolls back with the account.
 *
 * @param createdBy who created it: a username, or {@code system} at start-up
 * @param note why, in a few words, e.g. {@code first administrator}
 */
public record AccountCreated(long accountId, String username, String createdBy, String note) {}
