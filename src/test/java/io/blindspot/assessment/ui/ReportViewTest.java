package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.audit.AuditTrail;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditTrail audit;

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Test
    void the_owner_reads_scale_bars_the_style_map_and_the_style_in_words() {
        login("executive");
        navigate("report/" + submittedId());

        var view = _get(ReportView.class);
        assertThat(_find(view, ScaleBar.class)).hasSize(4);
        assertThat(view.styleName.getText()).startsWith("Your style: ");
        var svg = _get(view, Html.class).getElement().getOuterHTML();
        assertThat(svg).contains("<svg", "class=\"dot\"", "role=\"img\"");
        assertThat(view.getElement().getTextRecursively())
                .contains("Typical strengths", "Watch-outs", "How the scores were computed");
        assertThat(view.flags.isVisible()).isFalse();
    }

    @Test
    void another_person_is_refused_the_report_and_the_attempt_is_audited() {
        login("executive");
        long id = submittedId();

        login("dana");
        navigate("report/" + id);

        var view = _get(ReportView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Assessment " + id + " was not found.")
                .doesNotContain("another person");
        assertThat(_find(view, ScaleBar.class)).isEmpty();
        assertThat(audit.latest())
                .anySatisfy(e -> assertThat(e.toString()).contains("RESULT_VIEW_REFUSED", "dana", "assessment/" + id));
    }

    @Test
    void an_assessment_that_is_not_submitted_has_no_report_yet() {
        long id = fresh.assignTo("executive");
        login("executive");
        navigate("report/" + id);

        assertThat(_get(ReportView.class).getElement().getTextRecursively()).contains("not submitted yet");
    }

    private long submittedId() {
        return assessments.myAssessments().stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED)
                .mapToLong(AssessmentOverview::id)
                .findFirst()
                .orElseThrow();
    }
}
