package io.blindspot.base;

/** A configuration problem that must stop start-up, with what to do about it. */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
