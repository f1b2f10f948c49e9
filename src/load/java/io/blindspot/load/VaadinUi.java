package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * One Vaadin Flow UI (a browser tab) spoken to as flow-client does: a page load, the
 * {@code ?v-r=init} bootstrap, the {@code ui-navigate} event, then UIDL messages with the security
 * key, the last seen {@code syncId} and a counting {@code clientId}. Messages are sent one at a
 * time, as the client queues them.
 */
final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpSession http;
    final UiTree tree = new UiTree();
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int heartbeatSeconds;
    private String page = "";

    private VaadinUi(HttpSession http) {
        this.http = http;
    }

    /** A UIDL response as sent, and how long it took from sending the request. */
    record Response(JsonNode message, long roundTripNanos) {}

    /**
     * Loads a route as a browser does on a full page load: the HTML page, the bootstrap, and the
     * navigation event that builds the view.
     */
    static CompletableFuture<VaadinUi> open(HttpSession http, String route) {
        var ui = new VaadinUi(http);
        return http.get(route)
                .thenCompose(page -> {
                    ui.page = expectOk(page, "GET /" + route).body();
                    return http.get("?v-r=init&location=" + encode(route) + "&query=");
                })
                .thenCompose(init -> ui.bootstrap(init, route))
                .thenApply(navigated -> ui);
    }

    private CompletableFuture<Response> bootstrap(HttpSession.Reply init, String route) {
        expectOk(init, "init of " + route);
        JsonNode config;
        try {
            config = JSON.readTree(init.body()).path("appConfig");
        } catch (Exception e) {
            throw new LoadFailure(ErrorKind.PROTOCOL, "init of " + route + " is not JSON: " + e.getMessage());
        }
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new LoadFailure(ErrorKind.PROTOCOL, "init of " + route + " has no UI id or security key");
        }
        uiId = config.get("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        securityKey = uidl.get("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl);
        var data = JSON.createObjectNode()
                .put("route", "/" + route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return send(Rpc.single(Rpc.event(1, "ui-navigate", data)));
    }

    /**
     * Sends RPC invocations and applies the response to the tree. Fails with the error kind when
     * the response is an HTTP error, a resynchronization, an expired session or an application error.
     */
    CompletableFuture<Response> send(ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        int sentClientId = clientId;
        return http.post("?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", message.toString())
                .thenApply(reply -> received(reply, sentClientId));
    }

    private Response received(HttpSession.Reply reply, int sentClientId) {
        JsonNode message = checked(reply.status(), reply.body(), sentClientId, reply.roundTripNanos());
        clientId = message.get("clientId").asInt();
        syncId = message.path("syncId").asInt(syncId);
        tree.apply(message);
        return new Response(message, reply.roundTripNanos());
    }

    /**
     * The UIDL message of a response, or the failure a browser would run into: an HTTP error, an
     * expired session, an application error, a resynchronization or a clientId out of step.
     */
    static JsonNode checked(int status, String body, int sentClientId, long roundTrip) {
        if (status != 200) {
            throw new LoadFailure(ErrorKind.HTTP_STATUS, "UIDL answered " + status, roundTrip);
        }
        JsonNode message = parse(body, roundTrip);
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired")) {
            throw new LoadFailure(ErrorKind.SESSION_EXPIRED, "UIDL: " + meta, roundTrip);
        }
        if (meta.has("appError")) {
            throw new LoadFailure(ErrorKind.APP_ERROR, "UIDL: " + meta.get("appError"), roundTrip);
        }
        if (message.path("resynchronize").asBoolean(false)) {
            throw new LoadFailure(ErrorKind.RESYNC, "server asked for a resynchronization", roundTrip);
        }
        if (message.path("clientId").asInt(-1) != sentClientId + 1) {
            throw new LoadFailure(
                    ErrorKind.PROTOCOL,
                    "sent clientId " + sentClientId + ", server expects " + message.path("clientId"),
                    roundTrip);
        }
        return message;
    }

    /** The heartbeat flow-client sends every {@link #heartbeatSeconds()} so the server keeps the UI. */
    CompletableFuture<HttpSession.Reply> heartbeat() {
        return http.post("?v-r=heartbeat&v-uiId=" + uiId, "text/plain;charset=utf-8", "")
                .thenApply(reply -> expectOk(reply, "heartbeat"));
    }

    /** The HTML of the page load that started this UI. */
    String page() {
        return page;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    static JsonNode parse(String body, long roundTrip) {
        if (!body.startsWith(UIDL_PREFIX)) {
            throw new LoadFailure(ErrorKind.PROTOCOL, "UIDL response does not start with for(;;);", roundTrip);
        }
        try {
            JsonNode messages = JSON.readTree(body.substring(UIDL_PREFIX.length()));
            if (!messages.isArray() || messages.isEmpty()) {
                throw new LoadFailure(ErrorKind.PROTOCOL, "UIDL response holds no message", roundTrip);
            }
            return messages.get(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LoadFailure(
                    ErrorKind.PROTOCOL, "UIDL response is not JSON: " + e.getOriginalMessage(), roundTrip);
        }
    }

    static HttpSession.Reply expectOk(HttpSession.Reply reply, String what) {
        if (reply.status() != 200) {
            throw new LoadFailure(ErrorKind.HTTP_STATUS, what + " answered " + reply.status(), reply.roundTripNanos());
        }
        return reply;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
