package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traffic recorded from headless Chromium against the production jar (respondent load-300: home
 * page, Start, the first answer, Next), kept under src/load/resources. Recorded again with
 * {@link RecordTraffic} whenever the questionnaire's components change.
 */
final class Recorded {

    private Recorded() {}

    static String text(String name) {
        try (InputStream in = Recorded.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No recorded file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded UIDL response body, parsed as the driver parses it. */
    static JsonNode uidl(String name) {
        return VaadinUi.parse(text(name), 0);
    }

    static JsonNode json(String name) {
        try {
            return VaadinUi.JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RPC invocations the browser sent in a recorded request. */
    static JsonNode rpc(String name) {
        return json(name).get("rpc");
    }

    /** The home page as the browser had it: the bootstrap's tree plus the navigation's changes. */
    static UiTree homePage() {
        var tree = new UiTree();
        tree.apply(json("home-init.json").get("appConfig").get("uidl"));
        tree.apply(uidl("home-navigate.uidl"));
        return tree;
    }
}
