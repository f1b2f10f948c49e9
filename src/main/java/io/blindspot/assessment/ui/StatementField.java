package io.blindspot.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import io.blindspot.assessment.Questionnaire.QuestionnaireItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * One statement with its five answers, as light as a server-side field can be: a native
 * {@code <fieldset>} with a {@code <legend>} and five labelled {@code <input type=radio>} (the
 * browser's own keyboard handling: Tab into the group, arrow keys between answers), rendered as one
 * HTML fragment, plus a status line. Three elements on the server instead of a radio group with
 * five radio buttons and their labels; one listener ({@code change}) for the answer and one for
 * the digit keys. The fragments are built once per statement and language and shared by every
 * session (see docs/performance.md).
 *
 * <pre>
 * &lt;div class="statement"&gt;
 *   &lt;fieldset class="statement-choices"&gt;&lt;legend&gt;N. text&lt;/legend&gt;&lt;label&gt;&lt;input type=radio …&gt; 1 · …&lt;/label&gt; … &lt;/fieldset&gt;
 *   &lt;div class="statement-status" role="status"&gt;Keys 1–5 answer this statement&lt;/div&gt;
 * &lt;/div&gt;
 * </pre>
 *
 * <p>A choice made in the browser is already shown there, so only the server's state follows it;
 * a value set on the server (a digit key, a page shown again) renders the fragment anew.
 */
@Tag("div")
class StatementField extends AbstractField<StatementField, Integer> {

    /** Evaluated in the browser: only digit keys 1–5 reach the server. */
    static final String DIGIT_KEYS = "['1','2','3','4','5'].includes(event.key)";

    /** Evaluated in the browser: the answer a change event carries. */
    static final String CHOSEN = "event.target.value";

    static final String HELP = "questionnaire.statement.help";

    static final String RETRYING = "questionnaire.statement.retrying";

    static final String SAVED = "questionnaire.statement.saved";

    /**
     * Index 0: nothing chosen; 1–5: that answer chosen. Shared per statement and language (bounded
     * by the instrument versions and languages in use: 40 statements each).
     */
    private static final Map<List<Object>, String[]> FRAGMENTS = new ConcurrentHashMap<>();

    final QuestionnaireItem item;
    private final List<String> scaleLabels;
    private final String[] fragments;
    private final Element choices = new Element("fieldset");
    private final Element status = new Element("div");
    /** The key of the hint or acknowledgement shown while valid. */
    private String helperKey = HELP;

    private String errorMessage = "";
    private boolean invalid;

    StatementField(QuestionnaireItem item, List<String> scaleLabels) {
        super(null);
        this.item = item;
        this.scaleLabels = scaleLabels;
        this.fragments = FRAGMENTS.computeIfAbsent(
                List.of(item.id(), item.number(), item.text(), scaleLabels), key -> render(item, scaleLabels));
        getElement().getClassList().add("statement");
        choices.getClassList().add("statement-choices");
        status.getClassList().add("statement-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        getElement().appendChild(choices, status);
        choices.setProperty("innerHTML", fragments[0]);
        showStatus();
        getElement()
                .addEventListener(
                        "change", e -> chosen(e.getEventData().get(CHOSEN).asString()))
                .addEventData(CHOSEN);
    }

    private void chosen(String value) {
        for (int answer = 1; answer <= 5; answer++) {
            if (String.valueOf(answer).equals(value)) {
                setModelValue(answer, true);
                return;
            }
        }
    }

    @Override
    protected void setPresentationValue(Integer value) {
        choices.setProperty("innerHTML", fragments[value == null || value < 1 || value > 5 ? 0 : value]);
    }

    /** "N. text", as the legend shows it. */
    String getLabel() {
        return item.number() + ". " + item.text();
    }

    /** The five answers as shown: "1 · Strongly disagree" … "5 · Strongly agree". */
    List<String> choiceLabels() {
        return java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(answer -> answer + " · " + scaleLabels.get(answer - 1))
                .toList();
    }

    String getHelperText() {
        return getTranslation(helperKey);
    }

    String getErrorMessage() {
        return errorMessage;
    }

    boolean isInvalid() {
        return invalid;
    }

    void setInvalid(boolean invalid) {
        this.invalid = invalid;
        showStatus();
    }

    /** This statement's own acknowledgement: its answer is stored. */
    void markSaved() {
        invalid = false;
        helperKey = SAVED;
        showStatus();
    }

    /** This statement's answer is not stored; says why and keeps it marked until a save succeeds. */
    void markNotSaved(String reason) {
        errorMessage = getTranslation("questionnaire.statement.notSaved", reason);
        invalid = true;
        helperKey = HELP;
        showStatus();
    }

    /** This statement's answer is kept here and sent again: shown until it is stored. */
    void markRetrying() {
        errorMessage = getTranslation(RETRYING);
        invalid = true;
        helperKey = HELP;
        showStatus();
    }

    /** One line under the answers: the error while invalid, else the hint or the acknowledgement. */
    private void showStatus() {
        String shown = invalid && !errorMessage.isEmpty() ? errorMessage : getHelperText();
        if (!shown.equals(status.getText())) {
            status.setText(shown);
        }
        getElement().getClassList().set("invalid", invalid);
        // The bare hint is for keyboards; touch screens hide it (theme), an acknowledgement stays.
        status.getClassList().set("hint", !invalid && HELP.equals(helperKey));
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

    /** The fieldset's HTML with nothing chosen (index 0) and with each answer chosen (1–5). */
    private static String[] render(QuestionnaireItem item, List<String> scaleLabels) {
        String name = "statement-" + item.number();
        var fragments = new String[6];
        for (int checked = 0; checked <= 5; checked++) {
            var html = new StringBuilder(600)
                    .append("<legend>")
                    .append(item.number())
                    .append(". ")
                    .append(escape(item.text()))
                    .append("</legend>");
            for (int answer = 1; answer <= 5; answer++) {
                html.append("<label><input type=\"radio\" name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(answer)
                        .append('"')
                        .append(answer == checked ? " checked" : "")
                        .append("><span>")
                        .append(answer)
                        .append(" · ")
                        .append(escape(scaleLabels.get(answer - 1)))
                        .append("</span></label>");
            }
            fragments[checked] = html.toString();
        }
        return fragments;
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
