package io.blindspot.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentResultRepository extends JpaRepository<AssessmentResult, Long> {

    Optional<AssessmentResult> findByAssessmentId(Long assessmentId);

    /** The latest result of each member of a team, with the member, for the rule base. */
    @Query("select r from AssessmentResult r join fetch r.assessment a join fetch a.user u"
            + " where u.id in (select m.user.id from TeamMembership m where m.team.id = :teamId)"
            + " order by r.scoredAt desc")
    List<AssessmentResult> findForTeam(Long teamId);
}
