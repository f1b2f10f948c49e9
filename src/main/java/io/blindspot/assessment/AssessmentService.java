package io.blindspot.assessment;

import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current person's own assessments. Whose data it is comes from the login, never from the caller. */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final AssessmentResultRepository results;
    private final CurrentUser currentUser;
    private final InstrumentCatalog catalog;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            AssessmentResultRepository results,
            CurrentUser currentUser,
            InstrumentCatalog catalog) {
        this.assessments = assessments;
        this.answers = answers;
        this.results = results;
        this.currentUser = currentUser;
        this.catalog = catalog;
    }

    @RolesAllowed(Role.EXECUTIVE_NAME)
    public List<AssessmentOverview> myAssessments() {
        return myAssessments("en");
    }

    /** The person's assessments, each titled in the given language (the stored title when the file lacks it). */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public List<AssessmentOverview> myAssessments(String language) {
        var mine = assessments.findAssignedTo(currentUser.username());
        Map<Long, Integer> answered = new HashMap<>();
        if (!mine.isEmpty()) {
            for (Object[] row : answers.countByAssessmentIds(
                    mine.stream().map(Assessment::getId).toList())) {
                answered.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        Map<Long, AssessmentOverview.ScoreChange> changes = changesSincePrevious(mine);
        return mine.stream()
                .map(a -> new AssessmentOverview(
                        a.getId(),
                        catalog.instrumentOf(a.getInstrument())
                                .title()
                                .getOrDefault(language, a.getInstrument().getTitle()),
                        a.getStatus(),
                        answered.getOrDefault(a.getId(), 0),
                        a.getInstrument().getItemCount(),
                        a.getAssignedAt(),
                        a.getInstrument().getVersion(),
                        a.getSubmittedAt(),
                        changes.get(a.getId())))
                .toList();
    }

    /** For each retake, by assessment id: how the scales moved since the person's previous result. */
    private Map<Long, AssessmentOverview.ScoreChange> changesSincePrevious(List<Assessment> mine) {
        Map<Long, AssessmentOverview.ScoreChange> changes = new HashMap<>();
        if (mine.isEmpty()) {
            return changes;
        }
        List<AssessmentResult> newestFirst =
                results.findNewestFirstOf(List.of(mine.get(0).getUser().getId()));
        for (int n = 0; n + 1 < newestFirst.size(); n++) {
            var current = newestFirst.get(n);
            changes.put(
                    current.getAssessment().getId(),
                    AssessmentOverview.ScoreChange.between(newestFirst.get(n + 1), current));
        }
        return changes;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long countResults() {
        return results.count();
    }
}
