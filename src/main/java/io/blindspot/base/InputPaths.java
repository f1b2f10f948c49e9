package io.blindspot.base;

import com.fasterxml.jackson.core.JsonStreamContext;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Places in the input in the input's own terms, {@code team.members[2].D}, whether Jackson's parser
 * or Bean Validation reports them; and parser messages without SnakeYAML's echo of the source.
 */
final class InputPaths {

    private InputPaths() {}

    /** A Bean Validation path in the input's own terms: {@code members[1].scores.D}. */
    static String pathOf(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** The path of the parser's current place, in the same terms. */
    static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getEntryCount() > 0) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * SnakeYAML's messages echo the offending source line under each "in 'reader', line …" marker,
     * with a caret below it; the location is reported separately, so keep only the explanation.
     */
    static String withoutEcho(String message) {
        if (message == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        String[] lines = message.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].trim().startsWith("in 'reader'")) {
                n += 2;
            } else if (!lines[n].isBlank()) {
                kept.add(lines[n].trim());
            }
        }
        return kept.isEmpty() ? message.trim() : String.join("; ", kept);
    }
}
