package io.blindspot.rules.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;

/**
 * The editor and the problems list on a page of their own, with what the server received shown as
 * text, for the browser test. Lives in src/test only, so the production jar has no such route.
 */
@Route("test/code-editor")
@RolesAllowed(Role.HR_NAME)
public class CodeEditorTestView extends VerticalLayout {

    static final String DRL =
            """
            rule "Uniform task dominance"
            when
                TeamMembr( d >= params.high )
            then
                insert( Finding.of( "UNIFORM_TASK_DOMINANCE", Severity.HIGH ) );
            end
            """;

    static final String DSLR =
            """
            rule "Nobody steady"
            when

            then
            end
            """;

    static final String DSL =
            """
            # Conditions in plain English
            [when][]nobody is high in {scale}=not TeamMember( {scale} >= params.high )
            """;

    static final String YAML =
            """
            # Scale scores run 0-100.
            high: 65
            low: 35
            """;

    static final List<String> SENTENCES = List.of(
            "at least {share}% of the team is high in {scale}",
            "nobody is high in {scale}",
            "the leader's relationship focus is low",
            "flag blind spot {code} with severity {severity} titled {title}");

    static final List<Problem> PROBLEMS = List.of(
            new Problem("team.drl", EditorDiagnostic.error(3, 5, "Unable to resolve the fact type TeamMembr")),
            new Problem("team.drl", EditorDiagnostic.warning(5, 0, "The finding has no title")));

    final CodeEditor editor = new CodeEditor();
    final ProblemsList problems = new ProblemsList();
    final Span serverValue = status("server-value");
    final Span valueChanges = status("value-changes");
    final Span savedValue = status("saved-value");
    final Span saves = status("saves");
    final Span checks = status("checks");
    int valueChangeCount;
    int saveCount;
    int checkCount;

    public CodeEditorTestView() {
        editor.setLabel("team.drl");
        editor.setFileName("team.drl");
        editor.setValueChangeDebounce(Duration.ofMillis(300));
        editor.setValue(DRL);
        editor.addValueChangeListener(change -> {
            serverValue.setText(change.getValue());
            valueChanges.setText(String.valueOf(++valueChangeCount));
        });
        editor.addSaveShortcutListener(save -> {
            savedValue.setText(editor.getValue());
            saves.setText(String.valueOf(++saveCount));
        });
        editor.addCheckShortcutListener(check -> checks.setText(String.valueOf(++checkCount)));
        problems.addProblemSelectedListener(selected -> editor.jumpTo(
                selected.getProblem().diagnostic().line(),
                selected.getProblem().diagnostic().column()));

        var actions = new FlexLayout(
                button("show-problems", "Show problems", this::showProblems),
                button("open-dslr", "Open plain-english.dslr", () -> open("plain-english.dslr", DSLR)),
                button("open-yaml", "Open parameters.yaml", () -> open("parameters.yaml", YAML)),
                button("open-dsl", "Open blindspot.dsl", () -> open("blindspot.dsl", DSL)),
                button("read-only", "Read only", () -> editor.setReadOnly(!editor.isReadOnly())),
                button(
                        "slow-debounce",
                        "Wait a minute before sending",
                        () -> editor.setValueChangeDebounce(Duration.ofMinutes(1))));
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H2("Code editor"), editor, problems, actions, serverValue, valueChanges, savedValue, saves, checks);
    }

    private void showProblems() {
        editor.setDiagnostics(PROBLEMS.stream().map(Problem::diagnostic).toList());
        problems.setProblems(PROBLEMS);
    }

    private void open(String fileName, String text) {
        editor.setLabel(fileName);
        editor.setFileName(fileName);
        editor.setValue(text);
        editor.setDiagnostics(List.of());
        editor.setCompletions(fileName.endsWith(".dslr") ? SENTENCES : List.of());
        problems.showNotChecked();
    }

    private static Button button(String id, String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        return button;
    }

    private static Span status(String id) {
        var span = new Span();
        span.setId(id);
        span.getStyle().set("white-space", "pre");
        return span;
    }
}
