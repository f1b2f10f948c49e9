package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import io.blindspot.audit.AuditTrail;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class QuestionnaireViewTest extends KaribuTest {

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    long id;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void assignAnAssessment() {
        id = fresh.assignTo("executive");
    }

    @Test
    void starting_shows_the_first_five_statements_with_the_scale_labels_and_no_progress() {
        var view = open();

        assertThat(view.fields).hasSize(5);
        assertThat(view.fields.get(0).getLabel()).startsWith("1. ");
        assertThat(view.fields.get(0).choiceLabels()).hasSize(5).endsWith("5 · Strongly agree");
        assertThat(view.fields.get(0).getElement().getChild(0).getProperty("innerHTML"))
                .startsWith("<legend>1. ")
                .contains("value=\"5\"><span>5 · Strongly agree</span>")
                .doesNotContain("checked");
        assertThat(view.progressText.getText()).isEqualTo("0 of 40 answered");
        assertThat(view.timeLeft.getText()).isEqualTo("About 5 min left");
        assertThat(view.back.isEnabled()).isFalse();
        assertThat(view.submit.isVisible()).isFalse();
    }

    @Test
    void each_answer_is_saved_at_once_and_the_progress_and_saved_indicator_follow() {
        var view = open();

        _setValue(view.fields.get(0), 4);
        _setValue(view.fields.get(1), 2);

        assertThat(fresh.answersStored(id)).isEqualTo(2);
        assertThat(view.progressText.getText()).isEqualTo("2 of 40 answered");
        assertThat(view.saved.getText()).contains("Saved");
    }

    @Test
    void a_refused_save_marks_its_own_statement_and_never_leaves_an_earlier_saved_showing() {
        var view = open();
        _setValue(view.fields.get(0), 4);
        assertThat(view.saved.getText()).isEqualTo("✓ Saved: statement 1");
        // Submitted meanwhile (another tab): the next answer is refused by the service.
        jdbc.update("update assessment set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?", id);

        _setValue(view.fields.get(1), 2);

        assertThat(view.saved.getText()).isEqualTo("Statement 2 not saved");
        assertThat(view.fields.get(1).isInvalid()).isTrue();
        assertThat(view.fields.get(1).getErrorMessage())
                .isEqualTo("Not saved. Assessment " + id + " is submitted; its answers can no longer change");
        assertThat(view.fields.get(1).getHelperText()).doesNotContain("Saved");
        assertThat(view.fields.get(0).getHelperText()).startsWith("✓ Saved");
        assertThat(view.progressText.getText()).isEqualTo("1 of 40 answered");
        assertThat(fresh.answersStored(id)).isEqualTo(1);
    }

    @Test
    void digit_keys_answer_the_focused_statement_and_move_on_to_the_next_page_after_the_fifth() {
        var view = open();
        for (int n = 0; n < 5; n++) {
            assertThat(view.pageIndex).isZero();
            pressKey(view.fields.get(n), "" + (n + 1));
        }

        assertThat(fresh.answersStored(id)).isEqualTo(5);
        assertThat(view.pageIndex).isEqualTo(1);
        assertThat(view.fields.get(0).getLabel()).startsWith("6. ");
        assertThat(view.progressText.getText()).isEqualTo("5 of 40 answered");
    }

    private static void pressKey(StatementField field, String key) {
        var data = Json.createObject();
        data.put("event.key", key);
        data.put(StatementField.DIGIT_KEYS, true);
        ElementUtilsKt._fireDomEvent(field.getElement(), new DomEvent(field.getElement(), "keydown", data));
    }

    @Test
    void reopening_resumes_on_the_page_of_the_first_unanswered_statement_with_earlier_answers_shown() {
        var view = open();
        for (int page = 0; page < 2; page++) {
            view.fields.forEach(f -> _setValue(f, 5));
            _click(view.next);
        }
        _setValue(view.fields.get(0), 1);

        var reopened = open();

        assertThat(reopened.pageIndex).isEqualTo(2);
        assertThat(reopened.fields.get(0).getValue()).isEqualTo(1);
        assertThat(reopened.fields.get(1).getValue()).isNull();
        assertThat(reopened.progressText.getText()).isEqualTo("11 of 40 answered");
        _click(reopened.back);
        assertThat(reopened.fields).allSatisfy(f -> assertThat(f.getValue()).isEqualTo(5));
    }

    @Test
    void submitting_with_open_statements_is_refused_and_names_them() {
        var view = open();
        _setValue(view.fields.get(0), 3);
        view.showPage(7, 0);

        _click(view.submit);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("Still open: 2, 3, 4");
        assertThat(view.pageIndex).isZero();
        assertThat(view.fields.get(1).isInvalid()).isTrue();
        assertThat(fresh.resultsStored(id)).isZero();
    }

    @Test
    void submitting_a_complete_questionnaire_stores_one_result() {
        var view = open();
        for (int page = 0; page < 8; page++) {
            view.fields.forEach(f -> _setValue(f, 4));
            if (page < 7) {
                _click(view.next);
            }
        }

        _click(view.submit);

        assertThat(fresh.resultsStored(id)).isEqualTo(1);
    }

    @Test
    void another_executive_cannot_open_someone_elses_questionnaire() {
        login("dana");
        navigate("assessment/" + id);

        var view = _get(QuestionnaireView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Assessment " + id + " was not found.")
                .doesNotContain("executive", "another person");
        _assertNone(StatementField.class);
        assertThat(audit.latest()).anySatisfy(e -> assertThat(e.toString())
                .contains("ASSESSMENT_OPEN_REFUSED", "dana", "assessment/" + id, "belongs to executive"));
    }

    @Test
    void a_missing_questionnaire_reads_exactly_like_someone_elses_and_is_audited_as_missing() {
        login("dana");
        navigate("assessment/" + (id + 100_000));

        var view = _get(QuestionnaireView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Assessment " + (id + 100_000) + " was not found.");
        assertThat(audit.latest()).anySatisfy(e -> assertThat(e.toString())
                .contains("ASSESSMENT_OPEN_REFUSED", "assessment/" + (id + 100_000), "does not exist"));
    }

    private QuestionnaireView open() {
        login("executive");
        navigate("assessment/" + id);
        return _get(QuestionnaireView.class);
    }
}
