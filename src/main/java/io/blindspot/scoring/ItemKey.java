package io.blindspot.scoring;

import java.util.Objects;

/**
 * Scoring's view of one questionnaire item: its id, the scale it measures and its keying.
 *
 * <p>A plainly keyed item ("+") says something a person high on the scale agrees with; a
 * reverse-keyed item ("−") says something such a person disagrees with. Reverse-keyed items exist
 * so that agreeing with everything does not raise a score, and so that careless answering shows.
 *
 * @param itemId the item's id in its instrument, e.g. {@code D07}
 * @param scale the scale the item measures
 * @param reverseKeyed true for a "−" item, whose answer {@code a} is scored as {@code 6 − a}
 */
public record ItemKey(String itemId, Scale scale, boolean reverseKeyed) {

    /** The lowest answer on the 1–5 agreement scale ("strongly disagree"). */
    public static final int MIN_ANSWER = 1;

    /** The highest answer on the 1–5 agreement scale ("strongly agree"). */
    public static final int MAX_ANSWER = 5;

    public ItemKey {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(scale, "scale");
        if (itemId.isBlank()) {
            throw new IllegalArgumentException("An item id must not be blank");
        }
    }

    /**
     * The answer as it counts towards the scale: unchanged for a plain item, mirrored around the
     * midpoint 3 ({@code 6 − a}: 1↔5, 2↔4, 3 stays 3) for a reverse-keyed item.
     */
    public int keyed(int answer) {
        return reverseKeyed ? MIN_ANSWER + MAX_ANSWER - answer : answer;
    }
}
