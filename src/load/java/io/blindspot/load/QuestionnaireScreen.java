package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questionnaire as the UI tree shows it, found by what QuestionnaireView sets: the classes
 * {@code questionnaire-view}, {@code questionnaire-page}, {@code statement} and
 * {@code progress-text}, each statement's legend "N. text", each answer's label "V · meaning".
 */
final class QuestionnaireScreen {

    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) answered");
    private static final Pattern LEGEND = Pattern.compile("<legend>\\s*(\\d+)\\.");
    private static final Pattern CHECKED = Pattern.compile("value=\"(\\d)\" checked");
    private static final Pattern RADIO = Pattern.compile("value=\"(\\d)\"[^>]*><span>([^<]*)</span>");
    /** The event data the statement's change listener asks for (StatementField.CHOSEN). */
    static final String CHOSEN = "event.target.value";
    /** Where the driver keeps an answer it gave, as the browser's checked radio would. */
    private static final String GIVEN = "driver-given";

    private static final Pattern ASSESSMENT_ROUTE = Pattern.compile("^assessment/(\\d+)$");

    private final UiTree tree;

    QuestionnaireScreen(UiTree tree) {
        this.tree = tree;
    }

    /**
     * One statement on the page: its element (the {@code div.statement} whose {@code change}
     * listener takes the answer), its number, its answer ("" when unanswered).
     */
    record Statement(int node, int number, String value) {

        boolean answered() {
            return !value.isEmpty();
        }
    }

    /** "12 of 40 answered". */
    record Progress(int answered, int total) {}

    boolean isShown() {
        return !tree.withClass("questionnaire-view").isEmpty();
    }

    List<Statement> statements() {
        var page = tree.withClass("questionnaire-page");
        if (page.isEmpty()) {
            return List.of();
        }
        var statements = new ArrayList<Statement>();
        for (int child : tree.children(page.get(0))) {
            if (tree.hasClass(child, "statement")) {
                statements.add(statement(child));
            }
        }
        return statements;
    }

    /**
     * A statement as the browser shows it: its choices are one HTML fragment (the fieldset's
     * {@code innerHTML}: legend "N. text", five radios, the chosen one {@code checked}); an answer
     * given here is what the browser's radio would now hold.
     */
    private Statement statement(int node) {
        String html = choices(node).map(c -> tree.propertyText(c, "innerHTML")).orElse("");
        Matcher legend = LEGEND.matcher(html);
        if (!legend.find()) {
            throw new LoadFailure(ErrorKind.UNEXPECTED_PAGE, "statement node " + node + " has no numbered legend");
        }
        String given = tree.propertyText(node, GIVEN);
        if (given.isEmpty()) {
            Matcher checked = CHECKED.matcher(html);
            given = checked.find() ? checked.group(1) : "";
        }
        return new Statement(node, Integer.parseInt(legend.group(1)), given);
    }

    private java.util.Optional<Integer> choices(int statement) {
        return tree.children(statement).stream()
                .filter(c -> tree.tag(c).equals("fieldset"))
                .findFirst();
    }

    /** The statement's answers as its radios offer them ("3 · Neither ..."), by value. */
    Map<Integer, String> answersOffered(Statement statement) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        String html = choices(statement.node())
                .map(c -> tree.propertyText(c, "innerHTML"))
                .orElse("");
        Matcher m = RADIO.matcher(html);
        while (m.find()) {
            answers.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return answers;
    }

    Optional<Statement> firstUnanswered() {
        return statements().stream().filter(s -> !s.answered()).findFirst();
    }

    Progress progress() {
        var node = tree.withClass("progress-text");
        Matcher m = node.isEmpty() ? null : PROGRESS.matcher(tree.textContent(node.get(0)));
        if (m == null || !m.find()) {
            throw new LoadFailure(ErrorKind.UNEXPECTED_PAGE, "no 'N of M answered' progress on the page");
        }
        return new Progress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A visible button with this text that the server listens to. */
    OptionalInt button(String text) {
        return tree.withTag("vaadin-button").stream()
                .filter(b -> tree.visible(b)
                        && tree.textContent(b).trim().equals(text)
                        && tree.listener(b, "click").isPresent())
                .mapToInt(Integer::intValue)
                .findFirst();
    }

    /**
     * What the browser sends when a person clicks an answer: the native radio's {@code change}
     * event, bubbled to the statement, with the event data its listener asks for (the chosen
     * value). The local tree remembers the answer as the browser's radio would.
     */
    ArrayNode answer(Statement statement, int answer) {
        if (!answersOffered(statement).containsKey(answer)) {
            throw new LoadFailure(
                    ErrorKind.UNEXPECTED_PAGE, "statement " + statement.number() + " has no answer " + answer);
        }
        if (tree.listener(statement.node(), "change").isEmpty()) {
            throw new LoadFailure(
                    ErrorKind.UNEXPECTED_PAGE, "statement " + statement.number() + " has no change listener");
        }
        tree.setProperty(statement.node(), GIVEN, String.valueOf(answer));
        var data = VaadinUi.JSON.createObjectNode();
        data.put(CHOSEN, String.valueOf(answer));
        return Rpc.of(Rpc.event(statement.node(), "change", data));
    }

    /**
     * What the browser sends right after a page of statements appears: nothing. Native radios
     * announce no initial values (the Vaadin radio group did: one message per page).
     */
    ArrayNode pageShown() {
        return VaadinUi.JSON.createArrayNode();
    }

    /** The assessment the server navigated to, from the navigation it asks the browser to record. */
    static OptionalLong assessmentId(JsonNode message) {
        for (JsonNode invocation : message.path("execute")) {
            for (JsonNode parameter : invocation) {
                Matcher m = ASSESSMENT_ROUTE.matcher(parameter.asText(""));
                if (parameter.isTextual() && m.matches()) {
                    return OptionalLong.of(Long.parseLong(m.group(1)));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The home page's first Start or Resume button of an assessment. */
    static OptionalInt startButton(UiTree tree) {
        return tree.withClass("assessment-action").stream()
                .filter(b -> {
                    String text = tree.textContent(b).trim();
                    return text.startsWith("Start") || text.startsWith("Resume");
                })
                .mapToInt(Integer::intValue)
                .findFirst();
    }
}
