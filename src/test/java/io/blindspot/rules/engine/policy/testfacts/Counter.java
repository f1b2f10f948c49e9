package io.blindspot.rules.engine.policy.testfacts;

/** A fact with a setter, which Blindspot's record-only fact model does not have: for modify blocks. */
public class Counter {

    private int value;

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }

    /** Not a setter: modify may not call it. */
    public void reset() {
        value = 0;
    }
}
