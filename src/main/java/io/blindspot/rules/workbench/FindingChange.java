package io.blindspot.rules.workbench;

import java.util.List;

/**
 * How one finding of one team differs between the live rules and the draft.
 *
 * @param kind whether the finding appears, disappears or changes severity with the draft
 * @param liveSeverity null when the finding appears
 * @param draftSeverity null when the finding disappears
 */
public record FindingChange(
        Kind kind, String code, String title, List<String> memberIds, String liveSeverity, String draftSeverity) {

    public enum Kind {
        APPEARS,
        DISAPPEARS,
        CHANGES_SEVERITY
    }

    /** One sentence for HR, e.g. {@code UNIFORM_TASK_DOMINANCE appears (HIGH)}. */
    public String describe() {
        return switch (kind) {
            case APPEARS -> code + " appears (" + draftSeverity + ")";
            case DISAPPEARS -> code + " disappears (was " + liveSeverity + ")";
            case CHANGES_SEVERITY -> code + " changes from " + liveSeverity + " to " + draftSeverity;
        };
    }
}
