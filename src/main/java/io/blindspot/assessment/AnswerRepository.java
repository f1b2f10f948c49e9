package io.blindspot.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(Long assessmentId);

    /** Answer counts per assessment in one query, for overviews of many assessments. */
    @Query("select a.assessment.id, count(a) from Answer a where a.assessment.id in :assessmentIds"
            + " group by a.assessment.id")
    List<Object[]> countByAssessmentIds(List<Long> assessmentIds);
}
