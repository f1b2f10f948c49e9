package io.blindspot.scoring;

/** One answered item: the item's key and the raw answer (1–5) as the person gave it. */
record AnsweredItem(ItemKey item, int answer) {

    /** The answer as it counts towards the scale (reverse keying applied). */
    int keyed() {
        return item.keyed(answer);
    }
}
