package io.blindspot.assessment;

import io.blindspot.base.StateRefused;
import java.util.List;

/** Submit was refused because these statements have no answer yet. */
public class UnansweredItemsException extends StateRefused {

    private final List<String> itemIds;

    public UnansweredItemsException(long assessmentId, List<String> itemIds) {
        super("assessment.refused.unanswered", assessmentId, itemIds.size(), String.join(", ", itemIds));
        this.itemIds = List.copyOf(itemIds);
    }

    public List<String> itemIds() {
        return itemIds;
    }
}
