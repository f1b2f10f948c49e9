package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The RPC invocations of a UIDL message, shaped as flow-client sends them. */
final class Rpc {

    private Rpc() {}

    /** A DOM event the server listens to, with the event data its listener asked for. */
    static ObjectNode event(int node, String event, ObjectNode data) {
        var rpc = VaadinUi.JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode event(int node, String event) {
        return event(node, event, VaadinUi.JSON.createObjectNode());
    }

    /** A synchronized property the browser changed ({@code mSync}, feature 1 = element properties). */
    static ObjectNode sync(int node, String property, JsonNode value) {
        var rpc = VaadinUi.JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", UiTree.PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /**
     * A mouse click on an element with a click listener. The listener's constant names the event
     * data to send; a real click has {@code detail} 1, no modifier keys, coordinates as they fall.
     */
    static ObjectNode click(UiTree tree, int node) {
        var expressions = tree.listener(node, "click")
                .orElseThrow(() ->
                        new LoadFailure(ErrorKind.UNEXPECTED_PAGE, "node " + node + " does not listen to clicks"));
        var data = VaadinUi.JSON.createObjectNode();
        expressions.fieldNames().forEachRemaining(expression -> {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else if (expression.startsWith("event.")) {
                data.put(expression, 0);
            } else {
                data.set(expression, expressions.get(expression));
            }
        });
        return event(node, "click", data);
    }

    static ArrayNode of(ObjectNode... invocations) {
        var rpc = VaadinUi.JSON.createArrayNode();
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        return rpc;
    }

    static ArrayNode single(ObjectNode invocation) {
        return of(invocation);
    }
}
