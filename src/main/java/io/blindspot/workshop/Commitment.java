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
import java.time.LocalDate;

/** Something the team agreed in the debrief: who does what by when. */
@Entity
@Table(name = "commitment")
class Commitment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "finding_code")
    private String findingCode;

    @Column(nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status = CommitmentStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Commitment() {}

    Commitment(Workshop workshop, String findingCode, String text, UserAccount owner, LocalDate dueOn, Instant at) {
        this.workshop = workshop;
        this.findingCode = findingCode;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
        this.createdAt = at;
        this.updatedAt = at;
    }

    Workshop workshop() {
        return workshop;
    }

    String findingCode() {
        return findingCode;
    }

    String text() {
        return text;
    }

    UserAccount owner() {
        return owner;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    CommitmentStatus status() {
        return status;
    }

    void status(CommitmentStatus newStatus, Instant at) {
        this.status = newStatus;
        this.updatedAt = at;
    }
}
