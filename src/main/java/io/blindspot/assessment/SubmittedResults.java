package io.blindspot.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted results for the modules above assessment (teams count who has completed, the rule base
 * evaluates a team). Those modules check first whether the caller may see the team; start-up tasks
 * call it with nobody logged in; hence no role check here.
 */
@Service
@Transactional(readOnly = true)
public class SubmittedResults {

    private final AssessmentRepository assessments;
    private final AssessmentResultRepository results;

    SubmittedResults(AssessmentRepository assessments, AssessmentResultRepository results) {
        this.assessments = assessments;
        this.results = results;
    }

    /** Which of these people have submitted at least one assessment, by user id. */
    public Set<Long> peopleWhoSubmitted(Collection<Long> userIds) {
        return userIds.isEmpty() ? Set.of() : Set.copyOf(assessments.findUsersWithSubmitted(userIds));
    }

    /** The newest result of each of these people who has one, by user id. */
    public Map<Long, LatestResult> latestOf(Collection<Long> userIds) {
        Map<Long, LatestResult> latest = new LinkedHashMap<>();
        if (!userIds.isEmpty()) {
            for (AssessmentResult result : results.findNewestFirstOf(userIds)) {
                latest.putIfAbsent(result.getAssessment().getUser().getId(), LatestResult.of(result));
            }
        }
        return latest;
    }
}
