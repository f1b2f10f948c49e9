package io.blindspot.assessment.instrument;

import io.blindspot.scoring.ItemKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a questionnaire. Build it with {@link InstrumentParser}, which validates it.
 *
 * @param id stable identifier shared by all versions, e.g. {@code workplace-style}
 * @param version version number, from 1; a version with answers never changes
 * @param title the title per language code
 * @param languages the language codes the instrument is written in, e.g. {@code [en, de]}
 * @param scaleLabels the five labels of the 1–5 agreement scale per language, for answers 1 to 5
 * @param items the statements in presentation order
 */
public record Instrument(
        String id,
        int version,
        Map<String, String> title,
        List<String> languages,
        Map<String, List<String>> scaleLabels,
        List<InstrumentItem> items) {

    public Instrument {
        title = Map.copyOf(title);
        languages = List.copyOf(languages);
        scaleLabels = Map.copyOf(scaleLabels);
        items = List.copyOf(items);
    }

    /** Scoring's view of the items, in presentation order. */
    public List<ItemKey> itemKeys() {
        return items.stream().map(InstrumentItem::toItemKey).toList();
    }

    /** The item with this id, if the instrument has one. */
    public Optional<InstrumentItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
