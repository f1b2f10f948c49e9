package io.blindspot.rules.ui.editor;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import io.blindspot.rules.ui.editor.EditorDiagnostic.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The problems of the last check under the editor, one entry each: {@code file:line:column},
 * severity and message. Every entry is a button, so it takes the keyboard focus with Tab and
 * activates with Enter or Space as well as a click; each fires a {@link ProblemSelectedEvent}.
 */
@StyleSheet("context://code-editor/blindspot-code-editor.css")
public class ProblemsList extends Composite<Div> {

    final H3 summary = new H3();
    final UnorderedList entries = new UnorderedList();
    private List<Problem> problems = List.of();

    public ProblemsList() {
        summary.addClassName("problems-list-summary");
        entries.addClassName("problems-list-entries");
        entries.getElement().setAttribute("aria-label", getTranslation("rules.problems.label"));
        getContent().addClassName("problems-list");
        getContent().add(summary, entries);
        showNotChecked();
    }

    /** Shows these problems, replacing the previous ones; an empty list says the check found none. */
    public void setProblems(List<Problem> problems) {
        this.problems = List.copyOf(problems);
        entries.removeAll();
        this.problems.forEach(problem -> entries.add(entry(problem)));
        summary.setText(summaryOf(this.problems));
    }

    /** Empties the list and says that nothing has been checked yet. */
    public void showNotChecked() {
        problems = List.of();
        entries.removeAll();
        summary.setText(getTranslation("rules.problems.not-checked"));
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public Registration addProblemSelectedListener(ComponentEventListener<ProblemSelectedEvent> listener) {
        return addListener(ProblemSelectedEvent.class, listener);
    }

    private ListItem entry(Problem problem) {
        EditorDiagnostic diagnostic = problem.diagnostic();
        String severity = diagnostic.severity().name().toLowerCase(Locale.ROOT);
        var location = new Span(problem.location());
        location.addClassName("problems-list-location");
        var badge = new Span(label(diagnostic.severity()));
        badge.addClassNames("problems-list-severity", "problems-list-severity-" + severity);
        var message = new Span(diagnostic.message());
        message.addClassName("problems-list-message");
        var button = new NativeButton();
        button.add(location, badge, message);
        button.addClassName("problems-list-entry");
        button.addClickListener(click -> fireEvent(new ProblemSelectedEvent(this, click.isFromClient(), problem)));
        return new ListItem(button);
    }

    /** e.g. "Problems: 2 errors, 1 warning"; informational diagnostics count as notes. */
    private String summaryOf(List<Problem> problems) {
        if (problems.isEmpty()) {
            return getTranslation("rules.problems.none");
        }
        var counts = problems.stream()
                .collect(Collectors.groupingBy(
                        p -> p.diagnostic().severity(), () -> new EnumMap<>(Severity.class), Collectors.counting()));
        var parts = new ArrayList<String>();
        counts.forEach((severity, n) -> parts.add(count(severity, n)));
        return getTranslation("rules.problems.summary", String.join(", ", parts));
    }

    private String count(Severity severity, long n) {
        return switch (severity) {
            case ERROR -> getTranslation("rules.problems.errors", n);
            case WARNING -> getTranslation("rules.problems.warnings", n);
            case INFO -> getTranslation("rules.problems.notes", n);
        };
    }

    private String label(Severity severity) {
        return switch (severity) {
            case ERROR -> getTranslation("rules.problems.severity.ERROR");
            case WARNING -> getTranslation("rules.problems.severity.WARNING");
            case INFO -> getTranslation("rules.problems.severity.INFO");
        };
    }
}
