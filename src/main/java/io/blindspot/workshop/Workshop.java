package io.blindspot.workshop;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import io.blindspot.team.Team;
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

/** A facilitator's engagement with one team. */
@Entity
@Table(name = "workshop")
public class Workshop extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facilitator_id")
    private UserAccount facilitator;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkshopStatus status;

    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workshop() {}

    public Workshop(
            Team team,
            UserAccount facilitator,
            String title,
            WorkshopStatus status,
            LocalDate scheduledOn,
            Instant createdAt) {
        this.team = team;
        this.facilitator = facilitator;
        this.title = title;
        this.status = status;
        this.scheduledOn = scheduledOn;
        this.createdAt = createdAt;
    }

    public Team getTeam() {
        return team;
    }

    public UserAccount getFacilitator() {
        return facilitator;
    }

    public String getTitle() {
        return title;
    }

    public WorkshopStatus getStatus() {
        return status;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }
}
