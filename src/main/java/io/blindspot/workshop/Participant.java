package io.blindspot.workshop;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person taking part in one workshop, with what they consented to share there. */
@Entity
@Table(name = "workshop_participant")
class Participant extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent = Consent.AGGREGATE_ONLY;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    protected Participant() {}

    Participant(Workshop workshop, UserAccount user, Instant invitedAt) {
        this.workshop = workshop;
        this.user = user;
        this.invitedAt = invitedAt;
    }

    Workshop workshop() {
        return workshop;
    }

    UserAccount user() {
        return user;
    }

    Consent consent() {
        return consent;
    }

    Instant lastRemindedAt() {
        return lastRemindedAt;
    }

    void consent(Consent newConsent, Instant at) {
        this.consent = newConsent;
        this.consentChangedAt = at;
    }

    void reminded(Instant at) {
        this.lastRemindedAt = at;
    }
}
