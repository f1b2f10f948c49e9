package io.blindspot.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only record of who changed rules and who looked at whose results. An entry joins the
 * caller's transaction, so a change and its audit entry are stored together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, Long subjectUserId, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, subjectUserId, truncate(target), truncate(detail)));
    }

    /**
     * A refused access, stored in its own transaction: the refused call throws and rolls back, and
     * the reason (which the person is not told, so ids do not leak) must survive it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, Long subjectUserId, String target, String reason) {
        record(actor, action, subjectUserId, target, reason);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest() {
        return events.findTop200ByOrderByOccurredAtDesc().stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> about(long subjectUserId) {
        return events.findBySubjectUserIdOrderByOccurredAtDesc(subjectUserId).stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
