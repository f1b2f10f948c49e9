package io.blindspot.workshop;

/** How far an agreed commitment has come. */
public enum CommitmentStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
