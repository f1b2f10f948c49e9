package io.blindspot.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.AnswerService;
import io.blindspot.assessment.AssessmentNotFound;
import io.blindspot.assessment.Questionnaire;
import io.blindspot.assessment.SavedAnswer;
import io.blindspot.assessment.UnansweredItemsException;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The questionnaire, a few statements per page. Every answer is saved the moment it is given; only
 * the current page's fields exist on the server.
 */
@Route("assessment/:id")
@PageTitle("Questionnaire · Blindspot")
@RolesAllowed(Role.EXECUTIVE_NAME)
public class QuestionnaireView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 5;
    static final int SECONDS_PER_STATEMENT = 8;

    private final AnswerService answers;
    private Questionnaire questionnaire;
    private final Map<String, Integer> given = new HashMap<>();
    final List<StatementField> fields = new ArrayList<>();
    int pageIndex;

    final H2 title = new H2();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Span timeLeft = new Span();
    final Span saved = new Span();
    final Div page = new Div();
    final Paragraph problem = new Paragraph();
    final Paragraph openHere = new Paragraph();
    final Button back = new Button("Back", e -> showPage(pageIndex - 1, 0));
    final Button next = new Button("Next", e -> showPage(pageIndex + 1, 0));
    final Button submit = new Button("Submit", e -> submit());

    QuestionnaireView(AnswerService answers) {
        this.answers = answers;
        addClassName("questionnaire-view");
        progress.getElement().setAttribute("aria-hidden", "true");
        progressText.addClassName("progress-text");
        timeLeft.addClassName("time-left");
        saved.addClassName("saved-indicator");
        saved.getElement().setAttribute("role", "status");
        saved.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("questionnaire-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        openHere.addClassName("open-here");
        openHere.getElement().setAttribute("role", "alert");
        page.addClassName("questionnaire-page");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var status = new HorizontalLayout(progressText, timeLeft, saved);
        status.addClassName("questionnaire-status");
        var buttons = new HorizontalLayout(back, next, submit);
        buttons.addClassName("questionnaire-buttons");
        add(title, progress, status, problem, page, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            questionnaire =
                    answers.openForAnswering(id, UI.getCurrent().getLocale().getLanguage());
        } catch (AssessmentNotFound
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException refused) {
            removeAll();
            add(new H2("This questionnaire cannot be opened"), new Paragraph(refused.getMessage()));
            return;
        }
        given.putAll(questionnaire.answers());
        title.setText(questionnaire.title());
        int first = Math.min(questionnaire.firstUnanswered(), questionnaire.total() - 1);
        showPage(first / PAGE_SIZE, first % PAGE_SIZE);
    }

    void showPage(int index, int focusOnPage) {
        pageIndex = Math.max(0, Math.min(index, lastPage()));
        page.removeAll();
        fields.clear();
        var items = questionnaire.items();
        int from = pageIndex * PAGE_SIZE;
        for (int n = from; n < Math.min(from + PAGE_SIZE, items.size()); n++) {
            var field = new StatementField(items.get(n), items.size(), questionnaire.scaleLabels());
            field.setValue(given.get(field.item.id()));
            field.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    answer(field, e.getValue());
                }
            });
            field.onDigitKey(value -> {
                field.setValue(value);
                focusAfter(field);
            });
            fields.add(field);
            page.add(field);
        }
        back.setEnabled(pageIndex > 0);
        next.setVisible(pageIndex < lastPage());
        submit.setVisible(pageIndex == lastPage());
        updateProgress();
        if (!fields.isEmpty()) {
            fields.get(Math.min(focusOnPage, fields.size() - 1)).focusAnswer();
        }
    }

    void answer(StatementField field, int value) {
        if (Integer.valueOf(value).equals(given.get(field.item.id()))) {
            return;
        }
        // An earlier statement's "Saved" must never stand for this one: clear it before saving.
        saved.setText("Saving statement " + field.item.number() + "…");
        SavedAnswer stored;
        try {
            stored = answers.saveAnswer(questionnaire.assessmentId(), field.item.id(), value);
        } catch (AssessmentNotFound
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException refused) {
            notSaved(field, refused.getMessage());
            return;
        } catch (RuntimeException unexpected) {
            notSaved(field, "Please choose your answer again.");
            throw unexpected; // the error handler logs it and shows the participant a reference
        }
        given.put(stored.itemId(), stored.value());
        field.markSaved();
        field.removeClassName("open-statement");
        saved.setText("✓ Saved: statement " + field.item.number());
        updateProgress();
    }

    private void notSaved(StatementField field, String reason) {
        field.markNotSaved(reason);
        saved.setText("Statement " + field.item.number() + " not saved");
    }

    private void focusAfter(StatementField field) {
        int at = fields.indexOf(field);
        if (at + 1 < fields.size()) {
            fields.get(at + 1).focusAnswer();
        } else if (pageIndex < lastPage()) {
            showPage(pageIndex + 1, 0);
        } else {
            submit.focus();
        }
    }

    void submit() {
        try {
            answers.submit(questionnaire.assessmentId());
            UI.getCurrent().navigate("report/" + questionnaire.assessmentId());
        } catch (UnansweredItemsException incomplete) {
            var numbers = questionnaire.items().stream()
                    .filter(i -> incomplete.itemIds().contains(i.id()))
                    .map(i -> String.valueOf(i.number()))
                    .toList();
            problem.setText(
                    "Please answer every statement before submitting. Still open: " + String.join(", ", numbers) + ".");
            problem.setVisible(true);
            int first = Integer.parseInt(numbers.get(0)) - 1;
            if (first / PAGE_SIZE != pageIndex) {
                showPage(first / PAGE_SIZE, first % PAGE_SIZE);
            }
            var open = fields.stream()
                    .filter(f -> incomplete.itemIds().contains(f.item.id()))
                    .toList();
            open.forEach(f -> {
                f.setInvalid(true);
                f.addClassName("open-statement");
            });
            showWhereToContinue(open.get(0), numbers);
        }
    }

    /** Next to the first open statement, not only at the top: how many are open, and this one first. */
    private void showWhereToContinue(StatementField firstOpen, List<String> numbers) {
        openHere.setText(
                numbers.size() == 1
                        ? "Statement " + numbers.get(0) + " is still open: answer it to submit."
                        : numbers.size() + " statements are still open (" + String.join(", ", numbers)
                                + "). Start with statement " + numbers.get(0) + ".");
        page.addComponentAtIndex(page.indexOf(firstOpen), openHere);
        firstOpen.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        firstOpen.focusAnswer();
    }

    private void updateProgress() {
        int answered = (int) questionnaire.items().stream()
                .filter(i -> given.containsKey(i.id()))
                .count();
        int total = questionnaire.total();
        progress.setValue(total == 0 ? 0 : answered / (double) total);
        progressText.setText(answered + " of " + total + " answered");
        int seconds = (total - answered) * SECONDS_PER_STATEMENT;
        timeLeft.setText(
                seconds == 0
                        ? "All answered"
                        : seconds < 60
                                ? "Less than a minute left"
                                : "About " + Math.round(seconds / 60.0) + " min left");
        if (answered == total) {
            problem.setVisible(false);
        }
    }

    private int lastPage() {
        return (questionnaire.total() - 1) / PAGE_SIZE;
    }
}
