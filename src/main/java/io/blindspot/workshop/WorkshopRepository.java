package io.blindspot.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    @Query("select w from Workshop w join fetch w.team where w.facilitator.username = :username"
            + " order by w.scheduledOn desc")
    List<Workshop> findByFacilitator(String username);

    @Query("select w from Workshop w join fetch w.team order by w.scheduledOn desc")
    List<Workshop> findAllWithTeam();

    @Query("select w from Workshop w join fetch w.team join fetch w.facilitator where w.id = :id")
    Optional<Workshop> findWithTeam(long id);

    @Query("select p.workshop from Participant p join p.workshop.team where p.user.username = :username"
            + " order by p.workshop.scheduledOn desc")
    List<Workshop> findByParticipant(String username);

    @Query("select w from Workshop w where w.team.id = :teamId order by w.createdAt desc, w.id desc")
    List<Workshop> findByTeamNewestFirst(long teamId);

    @Query("select distinct w.team.id from Workshop w where w.facilitator.username = :username")
    List<Long> findTeamIdsFacilitatedBy(String username);
}
