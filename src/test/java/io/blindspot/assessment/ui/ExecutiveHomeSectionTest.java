package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.shell.ui.HomeView;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The executive's section of the home page. */
class ExecutiveHomeSectionTest extends KaribuTest {

    @Test
    void an_executive_sees_their_own_assessments_with_their_status() {
        login("executive");

        var home = _get(HomeView.class);
        assertThat(_get(home, H2.class).getText()).isEqualTo("Welcome, Mike Brennan");
        var section = _get(ExecutiveHomeSection.class);
        var rows = section.rows;
        assertThat(rows).extracting(a -> a.progressLabel()).contains("Submitted", "Not started");
        assertThat(section.cards)
                .extracting(c -> c.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Workplace Style · version 1", "Submitted "));
    }

    @Test
    void an_executive_starts_an_open_assessment_and_reads_a_submitted_ones_report_from_home() {
        login("executive");

        var buttons = _get(ExecutiveHomeSection.class).rows.stream()
                .map(ExecutiveHomeSection::action)
                .toList();
        assertThat(buttons).extracting(Button::getText).contains("Start", "View report");
        _click(buttons.stream()
                .filter(b -> b.getText().equals("Start"))
                .findFirst()
                .orElseThrow());
        _get(QuestionnaireView.class);
    }

    @Test
    void an_assessment_in_progress_offers_to_resume_with_how_far_along_it_is() {
        var inProgress = new AssessmentOverview(7, "Workplace Style", AssessmentStatus.IN_PROGRESS, 17, 40, null);

        assertThat(ExecutiveHomeSection.action(inProgress).getText()).isEqualTo("Resume (17 of 40)");
    }

    @Test
    void a_retake_says_when_it_was_submitted_and_how_each_scale_moved_since_the_previous_result() {
        var previous = java.time.Instant.parse("2026-10-03T10:00:00Z");
        var retake = new AssessmentOverview(
                8,
                "Workplace Style",
                AssessmentStatus.SUBMITTED,
                40,
                40,
                previous,
                2,
                java.time.Instant.parse("2026-11-28T10:00:00Z"),
                new AssessmentOverview.ScoreChange(previous, -5, 28, 0, 3));

        var section = new ExecutiveHomeSection(java.util.List.of(retake));

        assertThat(section.cards.get(0).getElement().getTextRecursively())
                .contains("Workplace Style · version 2")
                .contains("Submitted 28 Nov 2026")
                .contains("Since your previous result (3 Oct 2026): D −5, I +28, S ±0, C +3");
    }

    @Test
    void the_section_speaks_german() {
        loginInGerman("executive");

        var section = _get(ExecutiveHomeSection.class);
        assertThat(section.getElement().getTextRecursively())
                .contains("Ihre Fragebögen", "Arbeitsstil · Version 1", "Abgeschickt am ", "Profil ansehen")
                .doesNotContain("View report", "Submitted");
        var inProgress = new AssessmentOverview(7, "Workplace Style", AssessmentStatus.IN_PROGRESS, 17, 40, null);
        assertThat(ExecutiveHomeSection.action(inProgress).getText()).isEqualTo("Fortsetzen (17 von 40)");
    }

    /** A new UI takes the JVM's default language, as a browser's first request would bring its own. */
    private void loginInGerman(String username) {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            login(username);
        } finally {
            Locale.setDefault(before);
        }
    }
}
