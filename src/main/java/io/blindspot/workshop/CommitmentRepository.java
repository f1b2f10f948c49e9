package io.blindspot.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Query("select c from Commitment c join fetch c.owner where c.workshop.id = :workshopId order by c.dueOn, c.id")
    List<Commitment> findByWorkshop(long workshopId);

    @Query("select c from Commitment c join fetch c.owner join fetch c.workshop w"
            + " where w.facilitator.username = :username order by c.dueOn, c.id")
    List<Commitment> findByFacilitator(String username);

    @Query("select c from Commitment c join fetch c.owner join fetch c.workshop where c.owner.username = :username"
            + " order by c.dueOn, c.id")
    List<Commitment> findByOwner(String username);
}
