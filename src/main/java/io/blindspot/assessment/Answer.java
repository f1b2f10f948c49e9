package io.blindspot.assessment;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer to one item; at most one row per assessment and item. */
@Entity
@Table(name = "answer")
public class Answer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(name = "answer_value", nullable = false)
    private int value;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Answer() {}

    public Answer(Assessment assessment, String itemId, int value, Instant answeredAt) {
        this.assessment = assessment;
        this.itemId = itemId;
        this.value = value;
        this.answeredAt = answeredAt;
    }

    public void change(int newValue, Instant at) {
        this.value = newValue;
        this.answeredAt = at;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getItemId() {
        return itemId;
    }

    public int getValue() {
        return value;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
