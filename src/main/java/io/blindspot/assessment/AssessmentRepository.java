package io.blindspot.assessment;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /** The assessment with its owner and instrument, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assessment a join fetch a.user join fetch a.instrument where a.id = :id")
    Optional<Assessment> findForUpdate(Long id);

    @Query("select a from Assessment a join fetch a.user join fetch a.instrument where a.id = :id")
    Optional<Assessment> findWithOwner(Long id);

    @Query("select a from Assessment a join fetch a.instrument where a.user.username = :username"
            + " order by a.assignedAt desc")
    List<Assessment> findAssignedTo(String username);

    @Query("select a from Assessment a join fetch a.user join fetch a.instrument where a.workshopId = :workshopId"
            + " order by a.assignedAt desc")
    List<Assessment> findByWorkshop(long workshopId);

    @Query("select distinct a.user.id from Assessment a where a.status = :status and a.user.id in :userIds")
    List<Long> findUsersWithStatus(Collection<Long> userIds, AssessmentStatus status);

    default List<Long> findUsersWithSubmitted(Collection<Long> userIds) {
        return findUsersWithStatus(userIds, AssessmentStatus.SUBMITTED);
    }
}
