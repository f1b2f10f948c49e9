package io.blindspot.rules.ui.editor;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.InitParameters;
import io.blindspot.base.ui.Translations;
import io.blindspot.rules.ui.editor.EditorDiagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemsListTest {

    static final Problem UNKNOWN_TYPE =
            new Problem("team.drl", EditorDiagnostic.error(3, 5, "Unable to resolve the fact type TeamMembr"));
    static final Problem NO_TITLE = new Problem("team.drl", EditorDiagnostic.warning(5, 0, "The finding has no title"));
    static final Problem BAD_SCENARIO =
            new Problem("scenarios/seed.yaml", EditorDiagnostic.error(8, 7, "members[2].D must be 0-100"));

    ProblemsList problems;

    @BeforeEach
    void attachToAUi() {
        // the portal's texts without the Spring context that provides them elsewhere
        System.setProperty("vaadin." + InitParameters.I18N_PROVIDER, Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        problems = new ProblemsList();
        UI.getCurrent().add(problems);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin." + InitParameters.I18N_PROVIDER);
    }

    @Test
    void before_a_check_it_says_so_and_lists_nothing() {
        assertThat(problems.summary.getText()).isEqualTo("Problems: not checked yet");
        assertThat(entries()).isEmpty();
    }

    @Test
    void each_problem_shows_its_place_severity_and_message_and_the_summary_counts_them() {
        problems.setProblems(List.of(UNKNOWN_TYPE, NO_TITLE, BAD_SCENARIO));

        assertThat(problems.summary.getText()).isEqualTo("Problems: 2 errors, 1 warning");
        assertThat(entries())
                .extracting(button -> button.getElement().getTextRecursively())
                .containsExactly(
                        "team.drl:3:5errorUnable to resolve the fact type TeamMembr",
                        "team.drl:5warningThe finding has no title",
                        "scenarios/seed.yaml:8:7errormembers[2].D must be 0-100");
    }

    @Test
    void a_check_without_problems_says_none_and_replaces_the_old_list() {
        problems.setProblems(List.of(UNKNOWN_TYPE));

        problems.setProblems(List.of());

        assertThat(problems.summary.getText()).isEqualTo("Problems: none");
        assertThat(entries()).isEmpty();
    }

    @Test
    void notes_are_counted_as_notes() {
        problems.setProblems(List.of(new Problem("leader.drl", new EditorDiagnostic(1, 1, Severity.INFO, "Tip"))));

        assertThat(problems.summary.getText()).isEqualTo("Problems: 1 note");
    }

    @Test
    void picking_an_entry_fires_the_event_with_its_problem() {
        var picked = new ArrayList<Problem>();
        problems.addProblemSelectedListener(event -> picked.add(event.getProblem()));
        problems.setProblems(List.of(UNKNOWN_TYPE, BAD_SCENARIO));

        _click(entries().get(1));

        assertThat(picked).containsExactly(BAD_SCENARIO);
    }

    @Test
    void entries_are_buttons_so_tab_reaches_them_and_enter_activates_them() {
        problems.setProblems(List.of(UNKNOWN_TYPE));

        assertThat(entries())
                .singleElement()
                .satisfies(button -> assertThat(button.getElement().getTag()).isEqualTo("button"));
        assertThat(problems.entries.getElement().getAttribute("aria-label")).isEqualTo("Problems");
    }

    private List<NativeButton> entries() {
        return _find(problems, NativeButton.class);
    }
}
