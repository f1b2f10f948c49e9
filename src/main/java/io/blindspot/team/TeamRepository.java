package io.blindspot.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    @EntityGraph(attributePaths = {"memberships", "memberships.user"})
    @Query("select t from Team t where t.id = :id")
    Optional<Team> findWithMembersById(Long id);

    @EntityGraph(attributePaths = {"memberships", "memberships.user"})
    @Query("select t from Team t where t.id in"
            + " (select w.team.id from Workshop w where w.facilitator.username = :username) order by t.name")
    List<Team> findFacilitatedBy(String username);

    @EntityGraph(attributePaths = {"memberships", "memberships.user"})
    @Query("select t from Team t order by t.name")
    List<Team> findAllWithMembers();

    @Query("select count(w) > 0 from Workshop w where w.team.id = :teamId and w.facilitator.username = :username")
    boolean isFacilitatedBy(Long teamId, String username);

    /** Per team, how many members have submitted at least one assessment: [teamId, count]. */
    @Query("select m.team.id, count(distinct m.user.id) from TeamMembership m, Assessment a"
            + " where a.user = m.user and a.status = io.blindspot.assessment.AssessmentStatus.SUBMITTED"
            + " and m.team.id in :teamIds group by m.team.id")
    List<Object[]> countCompletedMembers(List<Long> teamIds);
}
