package io.blindspot.assessment;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.security.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires assigned for one workshop: assigning them, and each participant's progress and
 * result for the completion board and the debrief. A workshop reads only the assessments assigned
 * for it, so a follow-up round compares two sets of results. The workshop service checks the
 * caller's access first; hence no role check here.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopAssessments {

    private final InstrumentCatalog catalog;
    private final InstrumentVersionRepository versions;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final AssessmentResultRepository results;
    private final AuditTrail audit;
    private final Clock clock;

    WorkshopAssessments(
            InstrumentCatalog catalog,
            InstrumentVersionRepository versions,
            AssessmentRepository assessments,
            AnswerRepository answers,
            AssessmentResultRepository results,
            AuditTrail audit,
            Clock clock) {
        this.catalog = catalog;
        this.versions = versions;
        this.assessments = assessments;
        this.answers = answers;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questionnaire version a new workshop uses: the newest of the default instrument. */
    public InstrumentVersionSummary currentInstrument() {
        return InstrumentVersionSummary.of(catalog.latest(InstrumentCatalog.DEFAULT_INSTRUMENT));
    }

    /** Every stored questionnaire version a workshop can use, by instrument, newest version first. */
    public List<InstrumentVersionSummary> instrumentVersions() {
        return versions.findAllByOrderByInstrumentKeyAscVersionDesc().stream()
                .map(InstrumentVersionSummary::of)
                .toList();
    }

    /**
     * One stored questionnaire version.
     *
     * @throws IllegalArgumentException naming the field when there is no such version
     */
    public InstrumentVersionSummary instrumentVersion(long id) {
        return versions.findById(id)
                .map(InstrumentVersionSummary::of)
                .orElseThrow(() ->
                        InputRefused.ofField("instrumentVersionId", "assessment.refused.no-questionnaire-version", id));
    }

    /** The stored version by instrument and version number, if there is one. */
    public Optional<InstrumentVersionSummary> instrumentVersion(String instrumentKey, int version) {
        return versions.findByInstrumentKeyAndVersion(instrumentKey, version).map(InstrumentVersionSummary::of);
    }

    /**
     * Assigns the person the given questionnaire version for this workshop, unless they already have
     * the workshop's questionnaire.
     */
    @Transactional
    public void assign(UserAccount person, long workshopId, long instrumentVersionId, String assignedBy) {
        boolean has = assessments.findByWorkshop(workshopId).stream()
                .anyMatch(a -> a.getUser().getId().equals(person.getId()));
        if (has) {
            return;
        }
        var version = versions.findById(instrumentVersionId)
                .orElseThrow(() -> InputRefused.ofField(
                        "instrumentVersionId", "assessment.refused.no-questionnaire-version", instrumentVersionId));
        var assessment = new Assessment(person, version, assignedBy, clock.instant());
        assessment.forWorkshop(workshopId);
        assessments.save(assessment);
        audit.record(
                assignedBy,
                "ASSESSMENT_ASSIGNED",
                person.getId(),
                "workshop:" + workshopId,
                version.getInstrumentKey() + " v" + version.getVersion());
    }

    /** Each participant's progress and, once submitted, result for this workshop, by user id. */
    public Map<Long, Progress> progress(long workshopId) {
        var assigned = assessments.findByWorkshop(workshopId);
        Map<Long, Object[]> activity = new HashMap<>();
        if (!assigned.isEmpty()) {
            for (Object[] row : answers.activityByAssessmentIds(
                    assigned.stream().map(Assessment::getId).toList())) {
                activity.put((Long) row[0], row);
            }
        }
        Map<Long, AssessmentResult> resultByAssessment = new HashMap<>();
        results.findByWorkshop(workshopId)
                .forEach(r -> resultByAssessment.put(r.getAssessment().getId(), r));
        Map<Long, Progress> progress = new LinkedHashMap<>();
        // newest first: a person's newest submitted assessment for the workshop counts, else their newest
        for (Assessment a : assigned) {
            long userId = a.getUser().getId();
            var counted = progress.get(userId);
            boolean better = counted == null || (!counted.submitted() && a.getStatus() == AssessmentStatus.SUBMITTED);
            if (!better) {
                continue;
            }
            Object[] row = activity.get(a.getId());
            int answered = row == null ? 0 : ((Long) row[1]).intValue();
            Instant last = row == null ? null : (Instant) row[2];
            var result = resultByAssessment.get(a.getId());
            progress.put(
                    userId,
                    new Progress(
                            a.getStatus(),
                            answered,
                            a.getInstrument().getItemCount(),
                            a.getSubmittedAt() != null ? a.getSubmittedAt() : last,
                            result == null ? null : Scores.of(result)));
        }
        return progress;
    }

    /**
     * One participant's questionnaire for a workshop.
     *
     * @param lastActivity the last answer or the submit; {@code null} before the first answer
     * @param scores the scored result once submitted, else {@code null}
     */
    public record Progress(AssessmentStatus status, int answered, int total, Instant lastActivity, Scores scores) {

        public boolean submitted() {
            return status == AssessmentStatus.SUBMITTED && scores != null;
        }

        public boolean flagged() {
            return scores != null && !scores.qualityFlags().isEmpty();
        }
    }

    /** A submitted result: scale scores 0–100, the two map axes −100…100, style and quality flags. */
    public record Scores(
            double d,
            double i,
            double s,
            double c,
            double peopleVsTask,
            double pace,
            String style,
            Set<String> qualityFlags) {

        public Scores {
            qualityFlags = Set.copyOf(qualityFlags);
        }

        static Scores of(AssessmentResult r) {
            return new Scores(
                    r.getScoreD(),
                    r.getScoreI(),
                    r.getScoreS(),
                    r.getScoreC(),
                    r.getPeopleVsTask(),
                    r.getPace(),
                    r.getStyle(),
                    r.getQualityFlags());
        }
    }
}
