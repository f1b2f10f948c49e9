package io.blindspot.security;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, kept for the throttle window. Stored in the database so every node sees it. */
@Entity
@Table(name = "login_failure")
class LoginFailure extends AbstractEntity {

    @Column(name = "throttle_key", nullable = false)
    private String throttleKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(String throttleKey, Instant failedAt) {
        this.throttleKey = throttleKey;
        this.failedAt = failedAt;
    }

    String throttleKey() {
        return throttleKey;
    }

    Instant failedAt() {
        return failedAt;
    }
}
