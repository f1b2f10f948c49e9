package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.assessment.ReportService;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.ui.Translations;
import io.blindspot.scoring.Style;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditTrail audit;

    @Autowired
    ReportService reports;

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
    void the_report_points_to_how_the_scores_were_computed_inside_the_portal() {
        login("executive");
        navigate("report/" + submittedId());

        var view = _get(ReportView.class);
        var link = _get(view, Anchor.class, spec -> spec.withText("How the scores were computed"));
        assertThat(link.getHref()).isEqualTo("how-scores-are-computed");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("docs/scoring.md");

        navigate(link.getHref());

        var guide = _get(ScoringGuideView.class).guide.getElement().getOuterHTML();
        assertThat(guide)
                .contains("How Blindspot turns answers into a profile", "Cronbach", "<table>")
                .contains("(mean − 1) / 4 × 100");
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

    @Test
    void the_report_speaks_german_including_the_style_description() {
        login("executive");
        long id = submittedId();
        var style = styleOf(id);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("report/" + id);

        var view = _get(ReportView.class);
        var german = new Translations();
        var text = view.getElement().getTextRecursively();
        assertThat(view.heading.getText()).isEqualTo("Ihr Profil");
        assertThat(view.subtitle.getText()).contains("Arbeitsstil (Version 1) · abgeschickt am ");
        assertThat(view.styleName.getText())
                .isEqualTo("Ihr Stil: " + german.getTranslation(StyleTexts.label(style), Locale.GERMAN));
        assertThat(text)
                .contains(
                        "Ihre vier Skalen",
                        "Typische Stärken",
                        "Worauf Sie achten sollten",
                        "So wurden die Werte berechnet",
                        "Dominanz: Ergebnisse vorantreiben",
                        german.getTranslation(StyleTexts.description(style), Locale.GERMAN),
                        german.getTranslation(StyleTexts.strengths(style).get(0), Locale.GERMAN))
                .doesNotContain(style.description(), "Your style", "Typical strengths", "!assessment.");
        var svg = _get(view, Html.class).getElement().getOuterHTML();
        assertThat(svg).contains("Stilkarte: Ihre Position ist", "hohes Tempo", "Menschen");
        assertThat(view.getPageTitle()).isEqualTo("Ihr Profil · Blindspot");

        navigate(ScoringGuideView.ROUTE);

        var guide = _get(ScoringGuideView.class);
        assertThat(guide.guide.getElement().getOuterHTML())
                .contains("Wie Blindspot aus Antworten ein Profil macht", "Cronbachs Alpha", "<table>")
                .contains("(Mittelwert − 1) / 4 × 100");
        assertThat(guide.getPageTitle()).isEqualTo("So werden die Werte berechnet · Blindspot");
    }

    @Test
    void the_english_report_shows_the_style_as_the_scoring_enum_words_it() {
        login("executive");
        long id = submittedId();
        var style = styleOf(id);
        navigate("report/" + id);

        var view = _get(ReportView.class);
        assertThat(view.styleName.getText()).isEqualTo("Your style: " + style.label());
        assertThat(view.getElement().getTextRecursively())
                .contains(style.description().replace('\'', '’'), "Dominance: driving for results");
        assertThat(view.getPageTitle()).isEqualTo("Your profile · Blindspot");
    }

    private Style styleOf(long id) {
        return reports.reportFor(id).style();
    }

    private long submittedId() {
        return assessments.myAssessments().stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED)
                .mapToLong(AssessmentOverview::id)
                .findFirst()
                .orElseThrow();
    }
}
