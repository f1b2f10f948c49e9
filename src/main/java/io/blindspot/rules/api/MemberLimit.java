package io.blindspot.rules.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Counts the members of an evaluation request with Jackson's streaming parser and stops at the
 * first one past the limit, before anything is bound: a request with half a million members costs
 * the reading of 501 of them, not half a million objects.
 */
final class MemberLimit {

    private static final JsonFactory JSON = new JsonFactory();

    private MemberLimit() {}

    /** Where the first member past {@code max} starts, or empty when the body has at most {@code max}. */
    static Optional<JsonLocation> firstPast(String body, int max) {
        if (body == null) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && "members".equals(field)) {
                    return pastInArray(parser, max);
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException malformed) {
            // Not this check's business: the binder reports the syntax error with its place.
            return Optional.empty();
        }
    }

    private static Optional<JsonLocation> pastInArray(JsonParser parser, int max) throws IOException {
        int count = 0;
        for (JsonToken token = parser.nextToken();
                token != null && token != JsonToken.END_ARRAY;
                token = parser.nextToken()) {
            if (++count > max) {
                return Optional.of(parser.currentTokenLocation());
            }
            parser.skipChildren();
        }
        return Optional.empty();
    }
}
