package io.blindspot.assessment.ui;

import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.blindspot.assessment.AnswerService;
import io.blindspot.assessment.AssessmentNotFound;
import io.blindspot.assessment.Questionnaire;
import io.blindspot.assessment.Questionnaire.QuestionnaireItem;
import io.blindspot.assessment.UnansweredItemsException;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The questionnaire, a few statements per page. Every answer is saved the moment it is given; only
 * the current page's fields exist on the server.
 */
@Route("assessment/:id")
@RolesAllowed(Role.EXECUTIVE_NAME)
public class QuestionnaireView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    static final int PAGE_SIZE = 5;
    static final int SECONDS_PER_STATEMENT = 8;
    static final int FIRST_RETRY_MILLIS = 1000;
    static final int MAX_RETRY_MILLIS = 15_000;
    /** After this many failed rounds the participant is told in plain words, not only per statement. */
    static final int TELL_AFTER_FAILURES = 3;

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireView.class);

    private final AnswerService answers;
    private Questionnaire questionnaire;
    private final Map<String, Integer> given = new HashMap<>();
    /** Answers given but not stored yet, in the order given: kept here and sent again until stored. */
    final Map<String, Integer> unsaved = new LinkedHashMap<>();

    int failedAttempts;
    private Registration pollRegistration;
    private String stillUnsaved = "";
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
    final Button back = new Button(getTranslation("questionnaire.back"), e -> showPage(pageIndex - 1, 0));
    final Button next = new Button(getTranslation("questionnaire.next"), e -> showPage(pageIndex + 1, 0));
    final Button submit = new Button(getTranslation("questionnaire.submit"), e -> submit());

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
            add(new H2(getTranslation("questionnaire.cannotOpen")), new Paragraph(ProblemText.of(refused)));
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
            var field = new StatementField(items.get(n), questionnaire.scaleLabels());
            field.setValue(unsaved.getOrDefault(field.item.id(), given.get(field.item.id())));
            if (unsaved.containsKey(field.item.id())) {
                field.markRetrying();
            }
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
        String itemId = field.item.id();
        if (Integer.valueOf(value).equals(given.get(itemId))) {
            if (unsaved.remove(itemId) != null) {
                // Back to the stored answer while a change waited to be sent: nothing left to send.
                field.markSaved();
                showSaveState(field.item.number());
            }
            return;
        }
        // An earlier statement's "Saved" must never stand for this one: clear it before saving.
        saved.setText(getTranslation("questionnaire.saving", field.item.number()));
        unsaved.put(itemId, value);
        store(itemId);
        if (!unsaved.isEmpty()) {
            retryLater();
        }
    }

    /**
     * Tries to store one waiting answer. Refused answers (submitted elsewhere, not this person's)
     * are final and said so; any other failure keeps the answer waiting in {@link #unsaved}.
     *
     * @return false when the database could not be reached, so the rest need not be tried now
     */
    private boolean store(String itemId) {
        Integer value = unsaved.get(itemId);
        var field = fieldOf(itemId);
        int number = numberOf(itemId);
        try {
            var stored = answers.saveAnswer(questionnaire.assessmentId(), itemId, value);
            given.put(stored.itemId(), stored.value());
            unsaved.remove(itemId);
            field.ifPresent(f -> {
                f.markSaved();
                f.removeClassName("open-statement");
            });
            updateProgress();
            showSaveState(number);
            return true;
        } catch (AssessmentNotFound
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException refused) {
            unsaved.remove(itemId);
            field.ifPresent(f -> f.markNotSaved(ProblemText.of(refused)));
            saved.setText(getTranslation("questionnaire.notSaved", number));
            return true;
        } catch (RuntimeException unavailable) {
            // Usually the database or its connection pool: worth trying again, and worth an operator's look.
            if (failedAttempts == 0) {
                log.warn(
                        "Answer to statement {} of assessment {} not saved; retrying",
                        number,
                        questionnaire.assessmentId(),
                        unavailable);
            } else {
                log.warn(
                        "Answer to statement {} of assessment {} still not saved ({} failed attempts): {}",
                        number,
                        questionnaire.assessmentId(),
                        failedAttempts + 1,
                        unavailable.toString());
            }
            field.ifPresent(StatementField::markRetrying);
            showSaveState(number);
            return false;
        }
    }

    /** Every waiting answer once, oldest first; called by the UI's poll while answers wait. */
    void retryUnsaved() {
        for (String itemId : List.copyOf(unsaved.keySet())) {
            if (unsaved.containsKey(itemId) && !store(itemId)) {
                break;
            }
        }
        if (unsaved.isEmpty()) {
            failedAttempts = 0;
            stopRetrying();
            if (stillUnsaved.equals(problem.getText())) {
                problem.setVisible(false);
            }
        } else {
            failedAttempts++;
            retryLater();
        }
    }

    /** Backoff 1, 2, 4, 8, 15 s: the UI polls the server then, so no push channel is needed. */
    private void retryLater() {
        int delay = (int) Math.min(MAX_RETRY_MILLIS, FIRST_RETRY_MILLIS * (1L << Math.min(failedAttempts, 10)));
        getUI().ifPresent(ui -> {
            ui.setPollInterval(delay);
            if (pollRegistration == null) {
                pollRegistration = ui.addPollListener(e -> retryUnsaved());
            }
        });
        if (failedAttempts >= TELL_AFTER_FAILURES) {
            stillUnsaved = getTranslation("questionnaire.stillUnsaved", String.join(", ", unsavedNumbers()));
            problem.setText(stillUnsaved);
            problem.setVisible(true);
        }
    }

    private void stopRetrying() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopRetrying();
    }

    /** The page-wide indicator: waiting answers first, so an older "Saved" never hides them. */
    private void showSaveState(int lastNumber) {
        saved.setClassName("retrying", !unsaved.isEmpty());
        if (unsaved.isEmpty()) {
            saved.setText(getTranslation("questionnaire.saved", lastNumber));
        } else {
            saved.setText(getTranslation("questionnaire.retrying", String.join(", ", unsavedNumbers())));
        }
    }

    private List<String> unsavedNumbers() {
        return unsaved.keySet().stream().map(id -> String.valueOf(numberOf(id))).toList();
    }

    private Optional<StatementField> fieldOf(String itemId) {
        return fields.stream().filter(f -> f.item.id().equals(itemId)).findFirst();
    }

    private int numberOf(String itemId) {
        return questionnaire.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .map(QuestionnaireItem::number)
                .orElse(0);
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
        if (!unsaved.isEmpty()) {
            retryUnsaved();
            if (!unsaved.isEmpty()) {
                problem.setText(getTranslation("questionnaire.submitWaits", String.join(", ", unsavedNumbers())));
                problem.setVisible(true);
                return;
            }
        }
        try {
            answers.submit(questionnaire.assessmentId());
            UI.getCurrent().navigate("report/" + questionnaire.assessmentId());
        } catch (UnansweredItemsException incomplete) {
            var numbers = questionnaire.items().stream()
                    .filter(i -> incomplete.itemIds().contains(i.id()))
                    .map(i -> String.valueOf(i.number()))
                    .toList();
            problem.setText(getTranslation("questionnaire.stillOpen", String.join(", ", numbers)));
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
                        ? getTranslation("questionnaire.oneOpen", numbers.get(0))
                        : getTranslation(
                                "questionnaire.manyOpen", numbers.size(), String.join(", ", numbers), numbers.get(0)));
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
        progressText.setText(getTranslation("questionnaire.progress", answered, total));
        int seconds = (total - answered) * SECONDS_PER_STATEMENT;
        timeLeft.setText(
                seconds == 0
                        ? getTranslation("questionnaire.allAnswered")
                        : seconds < 60
                                ? getTranslation("questionnaire.lessThanAMinute")
                                : getTranslation("questionnaire.minutesLeft", Math.round(seconds / 60.0)));
        if (answered == total) {
            problem.setVisible(false);
        }
    }

    @Override
    public String titleKey() {
        return "questionnaire.title";
    }

    private int lastPage() {
        return (questionnaire.total() - 1) / PAGE_SIZE;
    }
}
