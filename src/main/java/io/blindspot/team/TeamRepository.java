package io.blindspot.team;

import java.util.Collection;
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
    @Query("select t from Team t where t.id in :ids order by t.name")
    List<Team> findWithMembersByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = {"memberships", "memberships.user"})
    @Query("select t from Team t order by t.name")
    List<Team> findAllWithMembers();
}
