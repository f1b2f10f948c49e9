package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A finding as it was stored with its evaluation. Evidence is kept as JSON, member ids comma-separated. */
@Entity
@Table(name = "finding")
public class StoredFinding extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private StoredEvaluation evaluation;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String severity;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "longtext")
    private String explanation;

    @Column(name = "rule_name", nullable = false)
    private String ruleName;

    @Column(name = "member_ids", nullable = false)
    private String memberIds;

    @Column(nullable = false, columnDefinition = "longtext")
    private String evidence;

    protected StoredFinding() {}

    StoredFinding(
            StoredEvaluation evaluation,
            String code,
            String severity,
            String title,
            String explanation,
            String ruleName,
            String memberIds,
            String evidence) {
        this.evaluation = evaluation;
        this.code = code;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
        this.ruleName = ruleName;
        this.memberIds = memberIds;
        this.evidence = evidence;
    }

    public String getCode() {
        return code;
    }

    public String getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getMemberIds() {
        return memberIds;
    }

    public String getEvidence() {
        return evidence;
    }
}
