package io.blindspot.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query(
            "select p from Participant p join fetch p.user where p.workshop.id = :workshopId order by p.user.displayName")
    List<Participant> findByWorkshop(long workshopId);

    @Query("select p from Participant p join fetch p.user where p.workshop.id = :workshopId"
            + " and p.user.username = :username")
    Optional<Participant> findOne(long workshopId, String username);
}
