package io.blindspot.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person's answers, checked against the instrument's items: every answered id is known and
 * every answer lies within 1–5. Answers are kept in item (presentation) order.
 */
record AnsweredItems(List<AnsweredItem> answered, int total) {

    AnsweredItems {
        answered = List.copyOf(answered);
    }

    /**
     * Validates the answers against the items.
     *
     * @throws IllegalArgumentException naming the item, for an unknown item id, a missing or
     *     out-of-range answer, or a duplicate item id in the item list
     */
    static AnsweredItems validate(List<ItemKey> items, Map<String, Integer> answers) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(answers, "answers");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("There are no items to score");
        }
        Set<String> ids = new HashSet<>();
        List<AnsweredItem> answered = new ArrayList<>();
        for (ItemKey item : items) {
            if (!ids.add(item.itemId())) {
                throw new IllegalArgumentException("Item " + item.itemId() + " appears twice in the item list");
            }
            if (answers.containsKey(item.itemId())) {
                answered.add(new AnsweredItem(item, checkedAnswer(item.itemId(), answers.get(item.itemId()))));
            }
        }
        for (String id : answers.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("Answer for unknown item " + id + ": it is not in this instrument");
            }
        }
        return new AnsweredItems(answered, items.size());
    }

    /** The answered items of one scale, in item order. */
    List<AnsweredItem> of(Scale scale) {
        return answered.stream().filter(a -> a.item().scale() == scale).toList();
    }

    int count() {
        return answered.size();
    }

    private static int checkedAnswer(String itemId, Integer answer) {
        if (answer == null) {
            throw new IllegalArgumentException("Answer for item " + itemId + " is missing its value");
        }
        if (answer < ItemKey.MIN_ANSWER || answer > ItemKey.MAX_ANSWER) {
            throw new IllegalArgumentException(
                    "Answer " + answer + " for item " + itemId + " is outside the 1–5 agreement scale");
        }
        return answer;
    }
}
