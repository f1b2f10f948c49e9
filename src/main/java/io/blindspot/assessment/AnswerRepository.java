package io.blindspot.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(Long assessmentId);

    int countByAssessmentId(Long assessmentId);

    Optional<Answer> findByAssessmentIdAndItemId(Long assessmentId, String itemId);

    /** Answer counts and the last answer's time per assessment, for a workshop's completion board. */
    @Query("select a.assessment.id, count(a), max(a.answeredAt) from Answer a where a.assessment.id in :assessmentIds"
            + " group by a.assessment.id")
    List<Object[]> activityByAssessmentIds(List<Long> assessmentIds);

    /** Answer counts per assessment in one query, for overviews of many assessments. */
    @Query("select a.assessment.id, count(a) from Answer a where a.assessment.id in :assessmentIds"
            + " group by a.assessment.id")
    List<Object[]> countByAssessmentIds(List<Long> assessmentIds);

    /** The answers of every submitted assessment of one instrument version, for reliability. */
    @Query("select new io.blindspot.assessment.SubmittedAnswer(a.assessment.id, a.assessment.user.id,"
            + " a.assessment.submittedAt, a.itemId, a.value) from Answer a"
            + " where a.assessment.instrument.id = :instrumentVersionId"
            + " and a.assessment.status = io.blindspot.assessment.AssessmentStatus.SUBMITTED")
    List<SubmittedAnswer> findSubmittedOf(Long instrumentVersionId);
}
