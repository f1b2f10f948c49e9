package io.blindspot.rules.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and changes single values of a {@code parameters.yaml} text in place, so the form edits
 * the file HR also reads and edits as text: comments, order and the other lines stay as they are.
 * The text stays the source of truth; the form is a view of it.
 */
public final class ParametersYaml {

    /** {@code key: value  # comment}, a top-level key only. */
    private static final Pattern ENTRY =
            Pattern.compile("(?m)^([A-Za-z][A-Za-z0-9]*)(\\s*:[ \\t]*)([^#\\r\\n]*?)([ \\t]*(?:#[^\\r\\n]*)?)$");

    private ParametersYaml() {}

    /** Key → the value as written ({@code ""} when written empty); keys left out are not there. */
    public static Map<String, String> values(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        if (yaml == null) {
            return values;
        }
        Matcher m = ENTRY.matcher(yaml);
        while (m.find()) {
            values.putIfAbsent(m.group(1), m.group(3).strip());
        }
        return values;
    }

    /**
     * The text with {@code key} set to {@code value}, on its own line where it was (its comment
     * kept), or appended at the end; {@code null} removes the line, so the shipped value applies.
     */
    public static String set(String yaml, String key, String value) {
        String text = yaml == null ? "" : yaml;
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                if (value == null) {
                    int end = m.end();
                    if (end < text.length() && text.charAt(end) == '\r') {
                        end++;
                    }
                    if (end < text.length() && text.charAt(end) == '\n') {
                        end++;
                    }
                    return text.substring(0, m.start()) + text.substring(end);
                }
                return text.substring(0, m.start(3)) + value + text.substring(m.end(3));
            }
        }
        if (value == null) {
            return text;
        }
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        return text + separator + key + ": " + value + "\n";
    }
}
