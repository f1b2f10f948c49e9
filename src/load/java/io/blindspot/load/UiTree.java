package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The server's state node tree as Vaadin Flow's client keeps it: nodes with numbered features,
 * built from the {@code changes} of each UIDL response. Only what the driver reads is modelled:
 * tags, properties, children, attributes, listeners, text and class names.
 */
final class UiTree {

    // Feature ids as the server numbers them (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry).
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int CLASS_LIST = 11;

    // Sorted by id, so "the first node with ..." is the oldest one, as in the page.
    private final Map<Integer, Node> nodes = new TreeMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    // The screens ask for the same classes and tags many times between two responses.
    private final Map<String, List<Integer>> byClass = new HashMap<>();
    private final Map<String, List<Integer>> byTag = new HashMap<>();

    private static final class Node {
        final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        List<Object> listOrEmpty(int feature) {
            return lists.getOrDefault(feature, List.of());
        }
    }

    /** A reference to another node as a map value ({@code nodeValue}). */
    record NodeRef(int id) {}

    /** Applies one UIDL message: its constants and its changes, in order. */
    void apply(JsonNode message) {
        byClass.clear();
        byTag.clear();
        message.path("constants").fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : message.path("changes")) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, n -> new Node());
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> {}
            case "put" -> node.map(feature)
                    .put(
                            change.path("key").asText(),
                            change.has("nodeValue")
                                    ? new NodeRef(change.get("nodeValue").asInt())
                                    : change.get("value"));
            case "remove" -> node.map(feature).remove(change.path("key").asText());
            case "clear" -> {
                node.list(feature).clear();
                node.map(feature).clear();
            }
            case "splice" -> splice(node.list(feature), change);
            default -> throw new LoadFailure(ErrorKind.PROTOCOL, "unknown change type '" + type + "'");
        }
    }

    private static void splice(List<Object> list, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        var added = new ArrayList<Object>();
        change.path("add").forEach(added::add);
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        list.addAll(Math.min(index, list.size()), added);
    }

    boolean exists(int id) {
        return nodes.containsKey(id);
    }

    String tag(int id) {
        return text(value(id, ELEMENT_DATA, "tag"));
    }

    boolean visible(int id) {
        return value(id, ELEMENT_DATA, "visible").map(JsonNode::asBoolean).orElse(true);
    }

    Optional<JsonNode> property(int id, String name) {
        return value(id, PROPERTIES, name);
    }

    String propertyText(int id, String name) {
        return text(property(id, name));
    }

    /** What the browser's own state would hold after the user changed it (mSync keeps both sides equal). */
    void setProperty(int id, String name, String value) {
        var node = nodes.get(id);
        if (node != null) {
            node.map(PROPERTIES).put(name, TextNode.valueOf(value));
        }
    }

    Optional<JsonNode> attribute(int id, String name) {
        return value(id, ATTRIBUTES, name);
    }

    /** The listener's event-data expressions (its constant), or empty when the node does not listen. */
    Optional<JsonNode> listener(int id, String event) {
        return value(id, LISTENERS, event).map(hash -> constants.getOrDefault(hash.asText(), hash));
    }

    List<Integer> children(int id) {
        var node = nodes.get(id);
        if (node == null) {
            return List.of();
        }
        return node.listOrEmpty(CHILDREN).stream()
                .filter(Integer.class::isInstance)
                .map(Integer.class::cast)
                .filter(nodes::containsKey)
                .toList();
    }

    boolean hasClass(int id, String className) {
        var node = nodes.get(id);
        return node != null
                && node.listOrEmpty(CLASS_LIST).stream()
                        .anyMatch(
                                c -> c instanceof JsonNode json && json.asText().equals(className));
    }

    /** Nodes with the class name, in ascending node id (the order they were created in). */
    List<Integer> withClass(String className) {
        return byClass.computeIfAbsent(
                className, name -> ids().filter(id -> hasClass(id, name)).toList());
    }

    List<Integer> withTag(String tag) {
        return byTag.computeIfAbsent(
                tag, name -> ids().filter(id -> name.equals(tag(id))).toList());
    }

    /** The text of the node and its children, as {@code textContent} would read it. */
    String textContent(int id) {
        var node = nodes.get(id);
        if (node == null) {
            return "";
        }
        var own = node.maps.getOrDefault(TEXT, Map.of()).get("text");
        var text = new StringBuilder(own instanceof JsonNode json && !json.isNull() ? json.asText() : "");
        children(id).forEach(child -> text.append(textContent(child)));
        return text.toString();
    }

    int size() {
        return nodes.size();
    }

    private Stream<Integer> ids() {
        return nodes.keySet().stream();
    }

    private Optional<JsonNode> value(int id, int feature, String key) {
        var node = nodes.get(id);
        if (node == null) {
            return Optional.empty();
        }
        var value = node.maps.getOrDefault(feature, Map.of()).get(key);
        return value instanceof JsonNode json && !json.isNull() ? Optional.of(json) : Optional.empty();
    }

    private static String text(Optional<JsonNode> value) {
        return value.map(JsonNode::asText).orElse("");
    }
}
