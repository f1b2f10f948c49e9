package io.blindspot.assessment;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.StateRefused;
import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Style;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own profile report. At this stage only the person themselves may read it; any attempt
 * by someone else is refused and recorded in the audit trail, and so will be any permitted view by
 * someone else once workshops with consent allow it.
 */
@Service
public class ReportService {

    static final String VIEW_REFUSED = "RESULT_VIEW_REFUSED";

    private final AssessmentRepository assessments;
    private final AssessmentResultRepository results;
    private final OwnedAssessments owned;
    private final AuditTrail audit;
    private final InstrumentCatalog catalog;

    ReportService(
            AssessmentRepository assessments,
            AssessmentResultRepository results,
            OwnedAssessments owned,
            AuditTrail audit,
            InstrumentCatalog catalog) {
        this.assessments = assessments;
        this.results = results;
        this.owned = owned;
        this.audit = audit;
        this.catalog = catalog;
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public PersonalReport reportFor(long assessmentId) {
        return reportFor(assessmentId, "en");
    }

    /** The report with the instrument's title in the given language (its stored title when the file lacks it). */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public PersonalReport reportFor(long assessmentId, String language) {
        var assessment = assessments.findWithOwner(assessmentId).orElse(null);
        if (assessment == null) {
            audit.recordRefusal(owned.username(), VIEW_REFUSED, null, "assessment/" + assessmentId, "does not exist");
            throw new AssessmentNotFound(assessmentId);
        }
        if (!owned.isOwner(assessment)) {
            audit.recordRefusal(
                    owned.username(),
                    VIEW_REFUSED,
                    assessment.getUser().getId(),
                    "assessment/" + assessmentId,
                    "belongs to " + assessment.getUser().getUsername() + "; only they may see the result");
            throw new AssessmentNotFound(assessmentId);
        }
        var result = results.findByAssessmentId(assessmentId)
                .orElseThrow(() -> new StateRefused("assessment.refused.not-submitted", assessmentId));
        return new PersonalReport(
                assessmentId,
                assessment.getUser().getDisplayName(),
                catalog.instrumentOf(assessment.getInstrument())
                        .title()
                        .getOrDefault(language, assessment.getInstrument().getTitle()),
                assessment.getInstrument().getVersion(),
                assessment.getSubmittedAt(),
                result.getScoreD(),
                result.getScoreI(),
                result.getScoreS(),
                result.getScoreC(),
                result.getPeopleVsTask(),
                result.getPace(),
                Style.valueOf(result.getStyle()),
                result.getIntensity(),
                result.getQualityFlags().stream()
                        .map(QualityFlag::valueOf)
                        .sorted()
                        .toList());
    }
}
