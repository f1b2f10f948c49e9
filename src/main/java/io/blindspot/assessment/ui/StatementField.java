package io.blindspot.assessment.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.blindspot.assessment.Questionnaire.QuestionnaireItem;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One statement with its five answers. Keys 1 to 5 answer it while it has focus; the listener
 * moves on. No client-side code beyond a DOM event filter.
 */
class StatementField extends RadioButtonGroup<Integer> {

    /** Evaluated in the browser: only digit keys 1–5 reach the server. */
    static final String DIGIT_KEYS = "['1','2','3','4','5'].includes(event.key)";

    static final String HELP = "Keys 1–5 answer this statement";

    static final String RETRYING = "Not saved — retrying";

    final QuestionnaireItem item;

    StatementField(QuestionnaireItem item, int total, List<String> scaleLabels) {
        this.item = item;
        addClassName("statement");
        setLabel(item.number() + ". " + item.text());
        setAriaLabel("Statement " + item.number() + " of " + total + ": " + item.text());
        setItems(1, 2, 3, 4, 5);
        setItemLabelGenerator(v -> v + " · " + scaleLabels.get(v - 1));
        setHelperText(HELP);
    }

    /** This statement's own acknowledgement: its answer is stored. */
    void markSaved() {
        setInvalid(false);
        setHelperText("✓ Saved · keys 1–5 change the answer");
    }

    /** This statement's answer is not stored; says why and keeps it marked until a save succeeds. */
    void markNotSaved(String reason) {
        setErrorMessage("Not saved. " + reason);
        setInvalid(true);
        setHelperText(HELP);
    }

    /** This statement's answer is kept here and sent again: shown until it is stored. */
    void markRetrying() {
        setErrorMessage(RETRYING);
        setInvalid(true);
        setHelperText(HELP);
    }

    /** Calls back with the pressed digit when a key 1–5 is pressed inside this statement. */
    void onDigitKey(IntConsumer pressed) {
        getElement()
                .addEventListener(
                        "keydown",
                        e -> pressed.accept(Integer.parseInt(
                                e.getEventData().get("event.key").asString())))
                .addEventData("event.key")
                .setFilter(DIGIT_KEYS);
    }

    /** Moves keyboard focus to the chosen answer, or to the first one. */
    void focusAnswer() {
        getElement()
                .executeJs("setTimeout(() => { const r = this.querySelector('input[type=radio]:checked')"
                        + " || this.querySelector('input[type=radio]'); if (r) { r.focus(); } }, 50)");
    }
}
