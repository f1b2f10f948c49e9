package io.blindspot.base;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.blindspot.base.InputBinder.Location;
import java.io.IOException;
import java.util.Map;

/**
 * A parser that notes where each path of the input starts while Jackson reads it, so a problem found
 * later, by validation, can still say its line and column. The {@code next…} shortcuts Jackson's
 * deserializers use are routed through {@link #nextToken()} so that no token passes unnoticed.
 */
final class LocatingParser extends JsonParserDelegate {

    private final Map<String, Location> locations;

    LocatingParser(JsonParser parser, Map<String, Location> locations) {
        super(parser);
        this.locations = locations;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token != null && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
            locations.putIfAbsent(InputPaths.pathOf(getParsingContext()), Location.of(delegate.currentTokenLocation()));
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }
}
