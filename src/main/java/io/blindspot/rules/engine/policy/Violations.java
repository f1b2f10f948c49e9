package io.blindspot.rules.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;

/** Collects what one rule file may not do, each with its line and column in that file. */
final class Violations {

    private final String file;
    private final SourceText source;
    private final List<PolicyViolation> found = new ArrayList<>();

    Violations(String file, String text) {
        this.file = file;
        this.source = new SourceText(text);
    }

    SourceText source() {
        return source;
    }

    /** Refuses something at a character offset of the file; a negative offset means unknown. */
    void at(int offset, String message) {
        if (offset < 0) {
            found.add(new PolicyViolation(file, 0, 0, message));
            return;
        }
        int[] position = source.position(offset);
        found.add(new PolicyViolation(file, position[0], position[1], message));
    }

    /** Refuses something at a character offset of the file in words HR may read in German too. */
    void at(int offset, PolicyText text) {
        if (offset < 0) {
            found.add(new PolicyViolation(file, 0, 0, text));
            return;
        }
        int[] position = source.position(offset);
        found.add(new PolicyViolation(file, position[0], position[1], text));
    }

    void at(BaseDescr descr, PolicyText text) {
        at(offsetOf(descr), text);
    }

    /** Refuses something at where Drools' parser found a descriptor. */
    void at(BaseDescr descr, String message) {
        at(offsetOf(descr), message);
    }

    /** Where a descriptor starts in the file, or -1 when Drools' parser did not say. */
    int offsetOf(BaseDescr descr) {
        if (descr == null) {
            return -1;
        }
        if (descr.getStartCharacter() >= 0) {
            return descr.getStartCharacter();
        }
        if (descr.getLine() > 0) {
            // Drools counts columns from 0
            return source.offset(descr.getLine(), Math.max(0, descr.getColumn()) + 1);
        }
        return -1;
    }

    /**
     * Where {@code text} (an expression Drools' parser took from the file) starts, searching from
     * {@code from}; -1 when it is not there as written.
     */
    int find(String text, int from) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        return source.text().indexOf(text, Math.max(0, from));
    }

    List<PolicyViolation> list() {
        return List.copyOf(found);
    }
}
