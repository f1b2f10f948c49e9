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

    final QuestionnaireItem item;

    StatementField(QuestionnaireItem item, int total, List<String> scaleLabels) {
        this.item = item;
        addClassName("statement");
        setLabel(item.number() + ". " + item.text());
        setAriaLabel("Statement " + item.number() + " of " + total + ": " + item.text());
        setItems(1, 2, 3, 4, 5);
        setItemLabelGenerator(v -> v + " · " + scaleLabels.get(v - 1));
        setHelperText("Keys 1–5 answer this statement");
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
