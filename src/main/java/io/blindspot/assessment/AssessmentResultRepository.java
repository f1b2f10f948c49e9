package io.blindspot.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentResultRepository extends JpaRepository<AssessmentResult, Long> {

    Optional<AssessmentResult> findByAssessmentId(Long assessmentId);

    @Query("select r from AssessmentResult r where r.assessment.workshopId = :workshopId")
    List<AssessmentResult> findByWorkshop(long workshopId);

    /** Every result of these people, newest first, with its assessment and person. */
    @Query("select r from AssessmentResult r join fetch r.assessment a join fetch a.user u"
            + " where u.id in :userIds order by r.scoredAt desc")
    List<AssessmentResult> findNewestFirstOf(Collection<Long> userIds);

    /** Answering times (seconds) of the submitted results of one instrument version, for the peer median. */
    @Query("select r.durationSeconds from AssessmentResult r"
            + " where r.instrument.id = :instrumentVersionId and r.durationSeconds is not null")
    List<Long> findAnsweringSecondsOf(Long instrumentVersionId);
}
