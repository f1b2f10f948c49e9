package io.blindspot.assessment.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Builds small instrument files for parser tests: valid by default, broken on purpose. */
final class InstrumentYaml {

    /** One item as written in the file; null fields are left out. */
    record Item(String id, String scale, String keyed, Map<String, String> text) {

        Item withScale(String value) {
            return new Item(id, value, keyed, text);
        }

        Item withKeyed(String value) {
            return new Item(id, scale, value, text);
        }

        Item withId(String value) {
            return new Item(value, scale, keyed, text);
        }

        Item withoutText(String language) {
            Map<String, String> fewer = new LinkedHashMap<>(text);
            fewer.remove(language);
            return new Item(id, scale, keyed, fewer);
        }
    }

    private final List<Item> items = new ArrayList<>();
    private String header =
            """
            id: test-instrument
            version: 1
            title: {en: Test, de: Test}
            languages: [en, de]
            scaleLabels:
              en: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
              de: [Gar nicht, Eher nicht, Teils, Eher ja, Voll und ganz]
            """;

    private InstrumentYaml() {}

    /** Four items per scale (X1–X4), the fourth reverse-keyed, in English and German. */
    static InstrumentYaml aValidInstrument() {
        InstrumentYaml yaml = new InstrumentYaml();
        for (String scale : List.of("D", "I", "S", "C")) {
            for (int n = 1; n <= 4; n++) {
                String id = scale + n;
                yaml.items.add(new Item(
                        id, scale, n == 4 ? "-" : "+", Map.of("en", "Statement " + id, "de", "Aussage " + id)));
            }
        }
        return yaml;
    }

    InstrumentYaml changing(String id, UnaryOperator<Item> change) {
        items.replaceAll(item -> item.id().equals(id) ? change.apply(item) : item);
        return this;
    }

    InstrumentYaml adding(Item item) {
        items.add(item);
        return this;
    }

    InstrumentYaml removing(String id) {
        items.removeIf(item -> item.id().equals(id));
        return this;
    }

    InstrumentYaml replacingHeader(String from, String to) {
        header = header.replace(from, to);
        return this;
    }

    String build() {
        StringBuilder yaml = new StringBuilder(header).append("items:\n");
        for (Item item : items) {
            yaml.append("  - id: ").append(item.id()).append('\n');
            if (item.scale() != null) {
                yaml.append("    scale: ").append(item.scale()).append('\n');
            }
            if (item.keyed() != null) {
                yaml.append("    keyed: \"").append(item.keyed()).append("\"\n");
            }
            yaml.append("    text:\n");
            item.text().forEach((language, text) -> yaml.append("      ")
                    .append(language)
                    .append(": \"")
                    .append(text)
                    .append("\"\n"));
        }
        return yaml.toString();
    }
}
