package io.blindspot.security.token;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token. Only the SHA-256 of the secret is stored; the secret is shown once, at creation. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount owner;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(UserAccount owner, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UserAccount owner() {
        return owner;
    }

    /** Not revoked, not expired, and its owner's account still active. */
    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && owner.isEnabled();
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    ApiTokenSummary summary(Instant now) {
        String status = revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? "active" : "expired";
        return new ApiTokenSummary(getId(), name, createdAt, expiresAt, revokedAt, status);
    }
}
