package io.blindspot.assessment.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspot.scoring.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code items} list of an instrument file and checks each item and each scale. */
final class ItemReader {

    private static final List<String> FIELDS = List.of("id", "scale", "keyed", "text");

    private final List<String> languages;
    private final ProblemList problems;

    ItemReader(List<String> languages, ProblemList problems) {
        this.languages = languages;
        this.problems = problems;
    }

    List<InstrumentItem> readAll(JsonNode node) {
        List<InstrumentItem> items = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("instrument", "items must be a non-empty list");
            return items;
        }
        Set<String> ids = new HashSet<>();
        List<DeclaredItem> declared = new ArrayList<>();
        int position = 0;
        for (JsonNode itemNode : node) {
            position++;
            String id = itemNode.path("id").asText("").trim();
            // Checked on the raw id, so a duplicate is reported even if its twin has other problems.
            boolean duplicate = !id.isEmpty() && !ids.add(id);
            if (duplicate) {
                problems.add("item " + id, "duplicate id: an earlier item already uses it");
            }
            InstrumentItem item = read(itemNode, position);
            if (item != null && !duplicate) {
                items.add(item);
            }
            declared(itemNode).ifPresent(declared::add);
        }
        checkScales(declared);
        return items;
    }

    /** Scale and keying as written, when the scale is readable, even if the item has other problems. */
    private record DeclaredItem(Scale scale, boolean reverseKeyed) {}

    // Scale checks count items by what they declare, so one broken item does not also make its
    // scale "too small": the author sees the item's problem once.
    private static Optional<DeclaredItem> declared(JsonNode node) {
        String scale = node.path("scale").asText("").trim();
        boolean reverseKeyed = "-".equals(node.path("keyed").asText("").trim());
        return Arrays.stream(Scale.values())
                .filter(s -> s.name().equals(scale))
                .findFirst()
                .map(s -> new DeclaredItem(s, reverseKeyed));
    }

    /** One item, or null when it has a problem (which is recorded). */
    private InstrumentItem read(JsonNode node, int position) {
        if (!node.isObject()) {
            problems.add("item #" + position, "must be a mapping with id, scale, keyed and text");
            return null;
        }
        String id = Nodes.requiredText(node, "id", "item #" + position, problems);
        String subject = id == null ? "item #" + position : "item " + id;
        unknownFields(node, subject);
        Scale scale = scale(node.get("scale"), subject);
        Boolean reverseKeyed = reverseKeyed(node.get("keyed"), subject);
        Map<String, String> text = Nodes.textPerLanguage(node.get("text"), languages, subject, "text", problems);
        if (id == null || scale == null || reverseKeyed == null || text.size() < languages.size()) {
            return null;
        }
        return new InstrumentItem(id, text, scale, reverseKeyed);
    }

    private void unknownFields(JsonNode node, String subject) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(subject, "unknown field '" + name + "' (expected " + String.join(", ", FIELDS) + ")");
            }
        }
    }

    private Scale scale(JsonNode node, String subject) {
        String value = node == null ? "" : node.asText("").trim();
        for (Scale scale : Scale.values()) {
            if (scale.name().equals(value)) {
                return scale;
            }
        }
        problems.add(
                subject,
                (value.isEmpty() ? "missing scale" : "unknown scale '" + value + "'") + " (expected one of "
                        + Arrays.toString(Scale.values()) + ")");
        return null;
    }

    private Boolean reverseKeyed(JsonNode node, String subject) {
        String value = node == null || !node.isTextual() ? null : node.asText().trim();
        if ("+".equals(value) || "-".equals(value)) {
            return "-".equals(value);
        }
        problems.add(subject, "keyed must be \"+\" or \"-\" (in quotes), was " + (node == null ? "missing" : node));
        return null;
    }

    private void checkScales(List<DeclaredItem> items) {
        for (Scale scale : Scale.values()) {
            String subject = "scale " + scale + " (" + scale.label() + ")";
            long count = items.stream().filter(i -> i.scale() == scale).count();
            long reversed = items.stream()
                    .filter(i -> i.scale() == scale && i.reverseKeyed())
                    .count();
            if (count < InstrumentParser.MIN_ITEMS_PER_SCALE) {
                problems.add(
                        subject, "has " + count + " items, needs at least " + InstrumentParser.MIN_ITEMS_PER_SCALE);
            }
            if (count > 0 && reversed == 0) {
                problems.add(
                        subject,
                        "has no reverse-keyed (\"-\") item; without one, agreeing with everything"
                                + " raises the score and careless answering cannot be detected");
            }
        }
    }
}
