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

    private LocalDate deadline;

    @Column(name = "minimum_group_size", nullable = false)
    private int minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    @Column(name = "follows_workshop_id")
    private Long followsWorkshopId;

    @Column(name = "evaluation_json")
    private String evaluationJson;

    @Column(name = "evaluation_rule_set_version")
    private Integer evaluationRuleSetVersion;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "instrument_key")
    private String instrumentKey;

    @Column(name = "instrument_version")
    private Integer instrumentVersion;

    /** Below this many submitted results a debrief shows counts only. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 3;

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

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getMinimumGroupSize() {
        return minimumGroupSize;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }

    public boolean isRevealed() {
        return revealedAt != null;
    }

    public Long getFollowsWorkshopId() {
        return followsWorkshopId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getEvaluationJson() {
        return evaluationJson;
    }

    Integer getEvaluationRuleSetVersion() {
        return evaluationRuleSetVersion;
    }

    Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    String getInstrumentKey() {
        return instrumentKey;
    }

    Integer getInstrumentVersion() {
        return instrumentVersion;
    }

    public String instrumentLabel() {
        return instrumentKey == null ? "" : instrumentKey + " v" + instrumentVersion;
    }

    /** The plan: deadline for the questionnaire, minimum group size, instrument, which round it follows. */
    public Workshop plannedWith(
            LocalDate newDeadline,
            int newMinimumGroupSize,
            String newInstrumentKey,
            int newInstrumentVersion,
            Long follows) {
        this.deadline = newDeadline;
        this.minimumGroupSize = newMinimumGroupSize;
        this.instrumentKey = newInstrumentKey;
        this.instrumentVersion = newInstrumentVersion;
        this.followsWorkshopId = follows;
        return this;
    }

    void reveal(Instant at) {
        if (revealedAt == null) {
            revealedAt = at;
            status = WorkshopStatus.DEBRIEFED;
        }
    }

    void keepEvaluation(String json, int ruleSetVersion, Instant at) {
        this.evaluationJson = json;
        this.evaluationRuleSetVersion = ruleSetVersion;
        this.evaluatedAt = at;
    }
}
