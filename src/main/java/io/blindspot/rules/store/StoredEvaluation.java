package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of a stored team: when, by whom, with which rule-set version, and what it found.
 * Kept as it was concluded, so a debrief can be reproduced after the rules change.
 */
@Entity
@Table(name = "evaluation")
public class StoredEvaluation extends AbstractEntity {

    @Column(name = "team_id")
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_set_version_id")
    private PublishedRuleSet ruleSet;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "evaluated_by", nullable = false)
    private String evaluatedBy;

    @Column(nullable = false)
    private String status;

    @Column(name = "error_message")
    private String errorMessage;

    /** What the evaluation was computed from (members, results, team size), to tell when it is stale. */
    @Column(name = "input_fingerprint")
    private String inputFingerprint;

    @Column(name = "completed_results")
    private Integer completedResults;

    @Column(name = "team_size")
    private Integer teamSize;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StoredFinding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StoredCoachingAction> actions = new ArrayList<>();

    protected StoredEvaluation() {}

    public StoredEvaluation(
            Long teamId,
            PublishedRuleSet ruleSet,
            Instant evaluatedAt,
            String evaluatedBy,
            String status,
            String errorMessage) {
        this.teamId = teamId;
        this.ruleSet = ruleSet;
        this.evaluatedAt = evaluatedAt;
        this.evaluatedBy = evaluatedBy;
        this.status = status;
        this.errorMessage = errorMessage;
    }

    public void addFinding(
            String code,
            String severity,
            String title,
            String explanation,
            String ruleName,
            String memberIds,
            String evidenceJson) {
        findings.add(new StoredFinding(this, code, severity, title, explanation, ruleName, memberIds, evidenceJson));
    }

    public void addAction(
            String findingCode,
            String audience,
            String memberId,
            String action,
            String firstStep,
            String cadence,
            String reference,
            Integer findingIndex) {
        actions.add(new StoredCoachingAction(
                this, findingCode, audience, memberId, action, firstStep, cadence, reference, findingIndex));
    }

    /** Records what the evaluation was computed from. */
    public void computedFrom(String fingerprint, int completed, int size) {
        this.inputFingerprint = fingerprint;
        this.completedResults = completed;
        this.teamSize = size;
    }

    public String getInputFingerprint() {
        return inputFingerprint;
    }

    public Integer getCompletedResults() {
        return completedResults;
    }

    public Integer getTeamSize() {
        return teamSize;
    }

    public Long getTeamId() {
        return teamId;
    }

    public PublishedRuleSet getRuleSet() {
        return ruleSet;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public String getStatus() {
        return status;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public List<StoredFinding> getFindings() {
        return List.copyOf(findings);
    }

    public List<StoredCoachingAction> getActions() {
        return List.copyOf(actions);
    }
}
