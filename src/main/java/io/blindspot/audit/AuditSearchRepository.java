package io.blindspot.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The admins' audit search: every criterion optional (null means any), newest first. */
interface AuditSearchRepository extends JpaRepository<AuditEvent, Long> {

    @Query(
            """
            select e from AuditEvent e
            where (:actor is null or lower(e.actor) = :actor)
              and (:action is null or e.action = :action)
              and (:subjectId is null or e.subjectUserId = :subjectId
                   or (:subjectText is not null and lower(e.target) like :subjectText escape '!'))
              and (:subjectId is not null or :subjectText is null or lower(e.target) like :subjectText escape '!')
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEvent> search(
            String actor,
            String action,
            Long subjectId,
            String subjectText,
            Instant from,
            Instant until,
            Pageable page);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> actions();
}
