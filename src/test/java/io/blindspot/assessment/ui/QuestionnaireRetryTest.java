package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An answer the database cannot take is never lost nor silently dropped. The failure is real: the
 * test takes every connection of a tiny pool, as the 1,000 respondents did with the ten of
 * production, so {@code saveAnswer} times out waiting for one. Then it gives the connections back.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.minimum-idle=3",
            "spring.datasource.hikari.connection-timeout=250"
        })
class QuestionnaireRetryTest extends KaribuTest {

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Autowired
    DataSource dataSource;

    final List<Connection> held = new ArrayList<>();
    long id;

    @BeforeEach
    void assignAnAssessment() {
        id = fresh.assignTo("executive");
    }

    @AfterEach
    void giveBackTheConnections() throws SQLException {
        databaseIsBack();
    }

    @Test
    void an_answer_the_database_cannot_take_shows_retrying_stays_on_the_page_and_is_stored_once_it_is_back()
            throws SQLException {
        var view = open();
        _setValue(view.fields.get(0), 4);
        assertThat(view.saved.getText()).isEqualTo("✓ Saved: statement 1");

        takeEveryConnection();
        _setValue(view.fields.get(1), 2);

        var second = view.fields.get(1);
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Not saved — retrying");
        assertThat(second.getHelperText()).doesNotContain("Saved");
        assertThat(view.fields.get(0).getHelperText()).startsWith("✓ Saved");
        assertThat(view.saved.getText())
                .as("statement 1's save must not stand for statement 2")
                .isEqualTo("Not saved — retrying: statement 2");
        assertThat(view.saved.hasClassName("retrying"))
                .as("shown as a problem, not in the saved colour")
                .isTrue();
        assertThat(view.progressText.getText()).isEqualTo("1 of 40 answered");
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page asks again by itself")
                .isPositive();
        assertThat(view.problem.isVisible()).isFalse();

        // Still down: the wait grows, and after a few rounds the participant is told plainly.
        int firstDelay = UI.getCurrent().getPollInterval();
        poll();
        assertThat(UI.getCurrent().getPollInterval()).isGreaterThan(firstDelay);
        poll();
        poll();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText())
                .contains("statement 2 are not saved yet")
                .contains("keep this page open");

        // Paging away and back keeps the unsaved answer on screen, still marked.
        _click(view.next);
        _click(view.back);
        assertThat(view.fields.get(1).getValue()).isEqualTo(2);
        assertThat(view.fields.get(1).getErrorMessage()).isEqualTo("Not saved — retrying");
        assertThat(countThroughAHeldConnection("answer")).isEqualTo(1);

        databaseIsBack();
        poll();

        assertThat(fresh.answersStored(id)).isEqualTo(2);
        assertThat(view.fields.get(1).isInvalid()).isFalse();
        assertThat(view.fields.get(1).getHelperText()).startsWith("✓ Saved");
        assertThat(view.saved.getText()).isEqualTo("✓ Saved: statement 2");
        assertThat(view.saved.hasClassName("retrying")).isFalse();
        assertThat(view.progressText.getText()).isEqualTo("2 of 40 answered");
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval())
                .as("no more polling once all is stored")
                .isNegative();
        assertThat(view.unsaved).isEmpty();
    }

    @Test
    void submitting_while_an_answer_waits_is_held_back_until_it_is_stored() throws SQLException {
        var view = open();
        view.showPage(7, 0);
        for (int n = 0; n < 4; n++) {
            _setValue(view.fields.get(n), 3);
        }
        takeEveryConnection();
        _setValue(view.fields.get(4), 5);

        _click(view.submit);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Statement 40 is not saved yet");
        assertThat(countThroughAHeldConnection("assessment_result")).isZero();
        databaseIsBack();
        poll();
        assertThat(view.fields.get(4).getHelperText()).startsWith("✓ Saved");
        assertThat(fresh.answersStored(id)).isEqualTo(5);
    }

    /** Rows of the assessment while the pool is exhausted: through one of the connections the test holds. */
    private int countThroughAHeldConnection(String table) throws SQLException {
        try (var query = held.get(0).prepareStatement("select count(*) from " + table + " where assessment_id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    /** Takes connections until the pool has none left for anyone (background work may hold one briefly). */
    private void takeEveryConnection() {
        while (true) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException exhausted) {
                return;
            }
        }
    }

    private void databaseIsBack() throws SQLException {
        for (var connection : held) {
            connection.close();
        }
        held.clear();
    }

    private QuestionnaireView open() {
        login("executive");
        navigate("assessment/" + id);
        return _get(QuestionnaireView.class);
    }
}
