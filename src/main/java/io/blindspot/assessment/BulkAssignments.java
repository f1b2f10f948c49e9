package io.blindspot.assessment;

import io.blindspot.audit.AuditTrail;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives many people the current version of the default questionnaire at once, for test data such as
 * load-test respondents. Someone who already has an unfinished one keeps it, with its answers.
 */
@Service
public class BulkAssignments {

    private final InstrumentCatalog catalog;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    BulkAssignments(
            InstrumentCatalog catalog,
            AssessmentRepository assessments,
            AnswerRepository answers,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.answers = answers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes sure every person has an unfinished assessment of the latest version of the default
     * questionnaire, assigning one where there is none; returns one entry per person, in order.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public List<OpenAssessment> ensureOpenAssessments(List<UserAccount> people) {
        var version = catalog.latest(InstrumentCatalog.DEFAULT_INSTRUMENT);
        var result = new ArrayList<OpenAssessment>(people.size());
        for (UserAccount person : people) {
            var unfinished = assessments.findAssignedTo(person.getUsername()).stream()
                    .filter(a -> a.getInstrument().getId().equals(version.getId())
                            && a.getStatus() != AssessmentStatus.SUBMITTED)
                    .findFirst();
            if (unfinished.isPresent()) {
                result.add(new OpenAssessment(
                        person.getUsername(), unfinished.get().getId(), false, 0, version.getItemCount()));
                continue;
            }
            var assigned = assessments.save(new Assessment(person, version, currentUser.username(), clock.instant()));
            audit.record(
                    currentUser.username(),
                    "ASSESSMENT_ASSIGNED",
                    person.getId(),
                    "assessment:" + assigned.getId(),
                    version.getInstrumentKey() + " v" + version.getVersion());
            result.add(new OpenAssessment(person.getUsername(), assigned.getId(), true, 0, version.getItemCount()));
        }
        return withAnswerCounts(result);
    }

    private List<OpenAssessment> withAnswerCounts(List<OpenAssessment> open) {
        Map<Long, Integer> answered = new HashMap<>();
        var kept = open.stream()
                .filter(a -> !a.newlyAssigned())
                .map(OpenAssessment::assessmentId)
                .toList();
        if (!kept.isEmpty()) {
            for (Object[] row : answers.countByAssessmentIds(kept)) {
                answered.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        return open.stream()
                .map(a -> new OpenAssessment(
                        a.username(),
                        a.assessmentId(),
                        a.newlyAssigned(),
                        answered.getOrDefault(a.assessmentId(), 0),
                        a.statements()))
                .toList();
    }

    /** A person's unfinished assessment, whether it was assigned just now, and how far it is answered. */
    public record OpenAssessment(
            String username, long assessmentId, boolean newlyAssigned, int answered, int statements) {}
}
