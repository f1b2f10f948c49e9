package io.blindspot.audit;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent extends AbstractEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_user_id")
    private Long subjectUserId;

    private String target;

    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, String actor, String action, Long subjectUserId, String target, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectUserId = subjectUserId;
        this.target = target;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, action, subjectUserId, target, detail);
    }
}
