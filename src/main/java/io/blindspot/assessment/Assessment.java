package io.blindspot.assessment;

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
import jakarta.persistence.Version;
import java.time.Instant;

/** One person's taking of one instrument version. Immutable once submitted. */
@Entity
@Table(name = "assessment")
public class Assessment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_version_id")
    private InstrumentVersion instrument;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status = AssessmentStatus.NOT_STARTED;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Guards against two tabs submitting the same assessment at once. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Assessment() {}

    public Assessment(UserAccount user, InstrumentVersion instrument, String assignedBy, Instant assignedAt) {
        this.user = user;
        this.instrument = instrument;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Ties this assessment to the workshop it was assigned for, so the workshop reads only its own round. */
    public void forWorkshop(long workshop) {
        this.workshopId = workshop;
    }

    public void markStarted(Instant at) {
        if (status == AssessmentStatus.NOT_STARTED) {
            status = AssessmentStatus.IN_PROGRESS;
            startedAt = at;
        }
    }

    public void markSubmitted(Instant at) {
        status = AssessmentStatus.SUBMITTED;
        submittedAt = at;
    }

    public UserAccount getUser() {
        return user;
    }

    public InstrumentVersion getInstrument() {
        return instrument;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
