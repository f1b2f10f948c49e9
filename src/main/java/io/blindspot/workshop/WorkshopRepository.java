package io.blindspot.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    @Query("select w from Workshop w join fetch w.team where w.facilitator.username = :username"
            + " order by w.scheduledOn desc")
    List<Workshop> findByFacilitator(String username);

    @Query("select distinct w.team.id from Workshop w where w.facilitator.username = :username")
    List<Long> findTeamIdsFacilitatedBy(String username);
}
