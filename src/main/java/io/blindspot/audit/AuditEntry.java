package io.blindspot.audit;

import java.time.Instant;

/** An audit entry as readers see it. {@code subjectUserId} is whose data was touched, if anyone's. */
public record AuditEntry(
        Instant occurredAt, String actor, String action, Long subjectUserId, String target, String detail) {}
