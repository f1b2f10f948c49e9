package io.blindspot.security.token;

import java.time.Instant;

/**
 * A token as its owner's list shows it, without its secret. {@code status} is {@code active},
 * {@code expired} or {@code revoked}.
 */
public record ApiTokenSummary(
        long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, String status) {

    public boolean active() {
        return status.equals("active");
    }
}
