package io.blindspot.scoring;

/** The four scales of the instrument. Each item belongs to exactly one of them. */
public enum Scale {
    D("Dominance"),
    I("Influence"),
    S("Steadiness"),
    C("Conscientiousness");

    private final String label;

    Scale(String label) {
        this.label = label;
    }

    /** The human name of the scale, e.g. "Dominance". */
    public String label() {
        return label;
    }
}
