package io.blindspot.assessment.instrument;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an instrument from YAML and validates it. The expected layout, with the shipped
 * {@code instruments/workplace-style-v1.yaml} as the full example:
 *
 * <pre>
 * id: workplace-style
 * version: 1
 * title: {en: Workplace Style, de: Arbeitsstil}
 * languages: [en, de]
 * scaleLabels:            # five answer labels per language, for answers 1 to 5
 *   en: [Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree]
 *   de: [...]
 * items:
 *   - id: D01
 *     scale: D            # D, I, S or C
 *     keyed: "+"          # "+" or "-" (quoted: a bare - means a list in YAML)
 *     text: {en: ..., de: ...}
 * </pre>
 */
public final class InstrumentParser {

    /** Fewest items a scale may have: alpha and the quality checks need several per scale. */
    public static final int MIN_ITEMS_PER_SCALE = 4;

    static final int LIKERT_POINTS = 5;
    private static final String INSTRUMENT = "instrument";
    private static final List<String> FIELDS = List.of("id", "version", "title", "languages", "scaleLabels", "items");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private InstrumentParser() {}

    /**
     * Parses and validates an instrument.
     *
     * @param yaml the file content
     * @param sourceName the file name or upload name, used in error messages
     * @throws InstrumentValidationException listing every problem found
     */
    public static Instrument parse(String yaml, String sourceName) {
        ProblemList problems = new ProblemList();
        JsonNode root = readTree(yaml, problems);
        problems.throwIfAny(sourceName);
        Instrument instrument = read(root, problems);
        problems.throwIfAny(sourceName);
        return instrument;
    }

    /** Parses an instrument shipped on the classpath, e.g. {@code instruments/workplace-style-v1.yaml}. */
    public static Instrument parseResource(String resourcePath) {
        try (InputStream in = InstrumentParser.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IllegalArgumentException("No instrument on the classpath at " + resourcePath);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resourcePath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resourcePath, e);
        }
    }

    private static JsonNode readTree(String yaml, ProblemList problems) {
        try {
            JsonNode root = YAML.readTree(yaml == null ? "" : yaml);
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(INSTRUMENT, "the file is empty");
            } else if (!root.isObject()) {
                problems.add(INSTRUMENT, "the file must be a mapping with id, version, title, languages, …");
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(where(e.getLocation()), "malformed YAML: " + withoutEcho(e.getOriginalMessage()));
            return null;
        }
    }

    /**
     * SnakeYAML's messages echo the offending source line under each "in 'reader', line …" marker,
     * with a caret below it; the location is reported separately, so keep only the explanation.
     */
    static String withoutEcho(String message) {
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

    private static String where(JsonLocation location) {
        return location == null ? INSTRUMENT : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Instrument read(JsonNode root, ProblemList problems) {
        unknownFields(root, problems);
        String id = Nodes.requiredText(root, "id", INSTRUMENT, problems);
        int version = version(root.get("version"), problems);
        List<String> languages = languages(root.get("languages"), problems);
        Map<String, String> title = Nodes.textPerLanguage(root.get("title"), languages, INSTRUMENT, "title", problems);
        Map<String, List<String>> labels = scaleLabels(root.get("scaleLabels"), languages, problems);
        var items = new ItemReader(languages, problems).readAll(root.get("items"));
        return new Instrument(id, version, title, languages, labels, items);
    }

    private static void unknownFields(JsonNode root, ProblemList problems) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(INSTRUMENT, "unknown field '" + name + "' (expected " + String.join(", ", FIELDS) + ")");
            }
        }
    }

    private static int version(JsonNode node, ProblemList problems) {
        if (node == null) {
            problems.add(INSTRUMENT, "missing version");
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problems.add(INSTRUMENT, "version must be a whole number from 1, was " + node);
            return 0;
        }
        return node.intValue();
    }

    private static List<String> languages(JsonNode node, ProblemList problems) {
        List<String> languages = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(INSTRUMENT, "languages must be a non-empty list of language codes, e.g. [en, de]");
            return languages;
        }
        for (JsonNode language : node) {
            String code = language.asText("").trim();
            if (!language.isTextual() || code.isEmpty() || languages.contains(code)) {
                problems.add(INSTRUMENT, "languages: '" + language.asText() + "' is blank, not text or repeated");
            } else {
                languages.add(code);
            }
        }
        return languages;
    }

    private static Map<String, List<String>> scaleLabels(JsonNode node, List<String> languages, ProblemList problems) {
        Map<String, List<String>> labels = new HashMap<>();
        if (node == null || !node.isObject()) {
            problems.add(INSTRUMENT, "scaleLabels must give the five answer labels per language");
            return labels;
        }
        for (String language : languages) {
            JsonNode list = node.get(language);
            List<String> texts = new ArrayList<>();
            if (list != null && list.isArray()) {
                list.forEach(label -> texts.add(label.asText("").trim()));
            }
            if (texts.size() != LIKERT_POINTS || texts.contains("")) {
                problems.add(
                        INSTRUMENT,
                        "scaleLabels for language '" + language + "' must be " + LIKERT_POINTS
                                + " non-blank labels, for answers 1 to 5");
            }
            labels.put(language, texts);
        }
        Nodes.undeclaredLanguages(node, languages, INSTRUMENT, "scaleLabels", problems);
        return labels;
    }
}
