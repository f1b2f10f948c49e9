package io.blindspot.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads fields of a YAML data file by hand rather than by data binding, so every problem names the
 * file and the field path ({@code team.members[2].D}) in words HR understands.
 */
final class YamlFields {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;

    YamlFields(String file) {
        this.file = file;
    }

    /** Parses the text; a syntax error carries the line and column Jackson reports. */
    JsonNode parse(String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                throw fail("", "expected a YAML mapping (key: value lines) at the top level");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new DataFileException(
                    Diagnostic.error(file, line, column, "", "not valid YAML: " + e.getOriginalMessage()));
        }
    }

    DataFileException fail(String field, String message) {
        return DataFileException.at(file, field, message);
    }

    /** Rejects keys outside {@code allowed}, so a typo does not silently drop an expectation. */
    void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(join(path, name), "unknown field; expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    JsonNode object(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw fail(join(path, name), node == null ? "missing" : "expected a mapping of fields");
        }
        return node;
    }

    /** A list, or an empty one when the field is absent. */
    JsonNode list(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return YAML.createArrayNode();
        }
        if (!node.isArray()) {
            throw fail(join(path, name), "expected a list");
        }
        return node;
    }

    String text(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isValueNode() || node.asText().isBlank()) {
            throw fail(join(path, name), "missing; expected text");
        }
        return node.asText();
    }

    String optionalText(JsonNode parent, String name, String fallback) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? fallback : node.asText();
    }

    double number(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber()) {
            String got = node == null ? "nothing" : "'" + node.asText() + "'";
            throw fail(join(path, name), "expected a number, got " + got);
        }
        return node.asDouble();
    }

    /** Parses an enum constant, naming the allowed values on failure. */
    <E extends Enum<E>> E constant(JsonNode parent, String path, String name, Class<E> type) {
        String value = text(parent, path, name);
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(join(path, name), "'" + value + "' is not one of " + java.util.List.of(type.getEnumConstants()));
        }
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
