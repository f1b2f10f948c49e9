package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
 * {@code progress-text}, each statement's label "N. text", each answer's label "V · meaning".
 */
final class QuestionnaireScreen {

    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) answered");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");
    private static final Pattern ASSESSMENT_ROUTE = Pattern.compile("^assessment/(\\d+)$");

    private final UiTree tree;

    QuestionnaireScreen(UiTree tree) {
        this.tree = tree;
    }

    /** One statement on the page: its radio group, its number, its value key ("" when unanswered). */
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
            if (tree.hasClass(child, "statement") && tree.tag(child).equals("vaadin-radio-group")) {
                statements.add(statement(child));
            }
        }
        return statements;
    }

    private Statement statement(int group) {
        int number = leadingNumber(tree.propertyText(group, "label"))
                .orElseThrow(() -> new LoadFailure(
                        ErrorKind.UNEXPECTED_PAGE, "statement node " + group + " has no numbered label"));
        return new Statement(group, number, tree.propertyText(group, "value"));
    }

    /** The statement's radio buttons by the answer their label starts with ("3 · Neither ..."). */
    Map<Integer, Integer> radioByAnswer(Statement statement) {
        Map<Integer, Integer> radios = new LinkedHashMap<>();
        for (int radio : tree.children(statement.node())) {
            if (tree.tag(radio).equals("vaadin-radio-button")) {
                leadingNumber(tree.textContent(radio)).ifPresent(answer -> radios.put(answer, radio));
            }
        }
        return radios;
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
     * What the browser sends when a person clicks an answer: the radio checked, the group's value
     * (the radio's key). The local tree takes the new value as the browser's DOM would.
     */
    ArrayNode answer(Statement statement, int answer) {
        Integer radio = radioByAnswer(statement).get(answer);
        if (radio == null) {
            throw new LoadFailure(
                    ErrorKind.UNEXPECTED_PAGE, "statement " + statement.number() + " has no answer " + answer);
        }
        String key = tree.propertyText(radio, "value");
        tree.setProperty(statement.node(), "value", key);
        return Rpc.of(
                Rpc.sync(radio, "checked", com.fasterxml.jackson.databind.node.BooleanNode.TRUE),
                Rpc.event(radio, "checked-changed"),
                Rpc.sync(statement.node(), "value", TextNode.valueOf(key)),
                Rpc.event(statement.node(), "value-changed"));
    }

    /**
     * What the browser sends right after a page of statements appears: the radio groups and radios
     * announce their initial values, then the groups' values are synchronized.
     */
    ArrayNode pageShown() {
        var rpc = VaadinUi.JSON.createArrayNode();
        var statements = statements();
        for (Statement s : statements) {
            rpc.add(Rpc.event(s.node(), "value-changed"));
            for (int radio : tree.children(s.node())) {
                if (tree.listener(radio, "checked-changed").isPresent()) {
                    rpc.add(Rpc.event(radio, "checked-changed"));
                }
            }
        }
        for (Statement s : statements) {
            rpc.add(Rpc.sync(s.node(), "value", TextNode.valueOf(s.value())));
        }
        return rpc;
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

    private static OptionalInt leadingNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
