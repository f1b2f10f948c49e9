package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A coaching action as it was stored with its evaluation. */
@Entity
@Table(name = "coaching_action")
public class StoredCoachingAction extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private StoredEvaluation evaluation;

    @Column(name = "finding_code", nullable = false)
    private String findingCode;

    @Column(nullable = false)
    private String audience;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "action_text", nullable = false, columnDefinition = "longtext")
    private String action;

    @Column(name = "first_step", nullable = false, columnDefinition = "longtext")
    private String firstStep;

    @Column(nullable = false)
    private String cadence;

    private String reference;

    /** Which of the evaluation's findings (by position) this answers; null in evaluations stored before. */
    @Column(name = "finding_index")
    private Integer findingIndex;

    protected StoredCoachingAction() {}

    StoredCoachingAction(
            StoredEvaluation evaluation,
            String findingCode,
            String audience,
            String memberId,
            String action,
            String firstStep,
            String cadence,
            String reference,
            Integer findingIndex) {
        this.evaluation = evaluation;
        this.findingIndex = findingIndex;
        this.findingCode = findingCode;
        this.audience = audience;
        this.memberId = memberId;
        this.action = action;
        this.firstStep = firstStep;
        this.cadence = cadence;
        this.reference = reference;
    }

    public String getFindingCode() {
        return findingCode;
    }

    public String getAudience() {
        return audience;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getAction() {
        return action;
    }

    public String getFirstStep() {
        return firstStep;
    }

    public String getCadence() {
        return cadence;
    }

    public String getReference() {
        return reference;
    }

    public Integer getFindingIndex() {
        return findingIndex;
    }
}
