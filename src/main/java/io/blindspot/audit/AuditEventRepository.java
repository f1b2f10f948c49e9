package io.blindspot.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findTop200ByOrderByOccurredAtDesc();

    List<AuditEvent> findBySubjectUserIdOrderByOccurredAtDesc(Long subjectUserId);
}
