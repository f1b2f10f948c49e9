package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the assessment services refuse, said in German to a German browser, not in the services' English. */
class GermanRefusalsViewTest extends KaribuTest {

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void someone_elses_questionnaire_is_refused_in_german() {
        long id = fresh.assignTo("executive");
        login("dana");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("assessment/" + id);

        assertThat(_get(QuestionnaireView.class).getElement().getTextRecursively())
                .contains("Dieser Fragebogen kann nicht geöffnet werden", "Fragebogen " + id + " wurde nicht gefunden.")
                .doesNotContain("was not found");
    }

    @Test
    void an_answer_refused_because_the_questionnaire_was_submitted_meanwhile_says_why_in_german() {
        long id = fresh.assignTo("executive");
        login("executive");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("assessment/" + id);
        var view = _get(QuestionnaireView.class);
        jdbc.update("update assessment set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?", id);

        _setValue(view.fields.get(0), 4);

        assertThat(view.fields.get(0).getErrorMessage())
                .isEqualTo("Nicht gespeichert. Fragebogen " + id
                        + " ist abgegeben; seine Antworten lassen sich nicht mehr ändern.");
    }

    @Test
    void a_report_that_does_not_exist_yet_is_explained_in_german() {
        long id = fresh.assignTo("executive");
        login("executive");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("report/" + id);

        assertThat(_get(ReportView.class).getElement().getTextRecursively())
                .contains("Fragebogen " + id + " ist noch nicht abgegeben und hat daher noch kein Profil.")
                .doesNotContain("not submitted yet");
    }

    @Test
    void changed_content_under_a_stored_version_number_is_refused_in_german() throws IOException {
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("admin/instruments");
        var view = _get(InstrumentsView.class);

        view.yaml.setValue(
                new ClassPathResource("instruments/workplace-style-v1.yaml").getContentAsString(StandardCharsets.UTF_8)
                        + "\n# an edit\n");
        view.importButton.click();

        assertThat(view.outcome.getText())
                .contains("Version 1 von ‘workplace-style’ ist bereits mit anderem Inhalt gespeichert")
                .contains("nächste Versionsnummer");
    }

    @Test
    void a_second_unfinished_assignment_is_refused_in_german() {
        long id = fresh.assignTo("executive");
        long version = jdbc.queryForObject("select instrument_version_id from assessment where id = ?", Long.class, id);
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("assign");
        var view = _get(AssignView.class);
        view.person.setValue(view.person
                .getGenericDataView()
                .getItems()
                .filter(a -> a.username().equals("executive"))
                .findFirst()
                .orElseThrow());
        view.instrument.setValue(view.instrument
                .getGenericDataView()
                .getItems()
                .filter(v -> v.id() == version)
                .findFirst()
                .orElseThrow());

        view.assign.click();

        assertThat(view.outcome.getText())
                .contains("hat bereits einen nicht abgeschlossenen Fragebogen")
                .doesNotContain("already has");
    }
}
