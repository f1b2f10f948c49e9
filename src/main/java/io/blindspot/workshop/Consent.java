package io.blindspot.workshop;

/** What a participant lets others see of their own result in one workshop. */
public enum Consent {
    /** The facilitator and the team may see their dot, name and scores. */
    SHARE("Share my dot and scores"),
    /** They count toward the team's aggregate only; the default. */
    AGGREGATE_ONLY("Count me in the aggregate only");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
