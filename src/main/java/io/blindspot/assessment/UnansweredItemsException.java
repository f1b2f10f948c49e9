package io.blindspot.assessment;

import java.util.List;

/** Submit was refused because these statements have no answer yet. */
public class UnansweredItemsException extends IllegalStateException {

    private final List<String> itemIds;

    public UnansweredItemsException(long assessmentId, List<String> itemIds) {
        super("Assessment " + assessmentId + " cannot be submitted: " + itemIds.size() + " statement(s) unanswered: "
                + String.join(", ", itemIds));
        this.itemIds = List.copyOf(itemIds);
    }

    public List<String> itemIds() {
        return itemIds;
    }
}
