package io.blindspot.assessment.instrument;

import io.blindspot.scoring.ItemKey;
import io.blindspot.scoring.Scale;
import java.util.Map;

/**
 * One statement of an instrument.
 *
 * @param id the item's id, unique within the instrument, e.g. {@code D07}
 * @param text the statement per language code
 * @param scale the scale the statement measures
 * @param reverseKeyed true when keyed "-": agreeing means being low on the scale
 */
public record InstrumentItem(String id, Map<String, String> text, Scale scale, boolean reverseKeyed) {

    public InstrumentItem {
        text = Map.copyOf(text);
    }

    /** The keying as written in the file: "+" or "-". */
    public String keyed() {
        return reverseKeyed ? "-" : "+";
    }

    /** Scoring's view of this item. */
    public ItemKey toItemKey() {
        return new ItemKey(id, scale, reverseKeyed);
    }
}
