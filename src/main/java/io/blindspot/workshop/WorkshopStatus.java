package io.blindspot.workshop;

public enum WorkshopStatus {
    PLANNED("Planned"),
    COLLECTING("Collecting profiles"),
    DEBRIEFED("Debriefed"),
    CLOSED("Closed");

    private final String label;

    WorkshopStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
