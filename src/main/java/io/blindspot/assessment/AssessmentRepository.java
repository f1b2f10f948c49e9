package io.blindspot.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    @Query("select a from Assessment a join fetch a.instrument where a.user.username = :username"
            + " order by a.assignedAt desc")
    List<Assessment> findAssignedTo(String username);
}
