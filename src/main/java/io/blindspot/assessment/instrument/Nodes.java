package io.blindspot.assessment.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Small readers for YAML nodes that report what is missing instead of failing on it. */
final class Nodes {

    private Nodes() {}

    /** A non-blank text field, or null after recording a problem. */
    static String requiredText(JsonNode parent, String field, String subject, ProblemList problems) {
        JsonNode node = parent.get(field);
        if (node == null
                || !node.isValueNode()
                || node.isNull()
                || node.asText().isBlank()) {
            problems.add(subject, "missing " + field);
            return null;
        }
        return node.asText().trim();
    }

    /**
     * A text per declared language, e.g. {@code {en: …, de: …}}; records a problem for every
     * declared language without text and for every language that was not declared.
     */
    static Map<String, String> textPerLanguage(
            JsonNode node, List<String> languages, String subject, String field, ProblemList problems) {
        Map<String, String> texts = new HashMap<>();
        if (node == null || !node.isObject()) {
            problems.add(subject, field + " must give a text per language, e.g. {en: …, de: …}");
            return texts;
        }
        for (String language : languages) {
            JsonNode text = node.get(language);
            if (text == null
                    || !text.isValueNode()
                    || text.isNull()
                    || text.asText().isBlank()) {
                problems.add(subject, "missing " + field + " for language '" + language + "'");
            } else {
                texts.put(language, text.asText().trim());
            }
        }
        undeclaredLanguages(node, languages, subject, field, problems);
        return texts;
    }

    /** Records a problem for each key of a per-language mapping that is not a declared language. */
    static void undeclaredLanguages(
            JsonNode node, List<String> languages, String subject, String field, ProblemList problems) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!languages.contains(key)) {
                problems.add(subject, field + " in language '" + key + "', which is not in languages " + languages);
            }
        }
    }
}
