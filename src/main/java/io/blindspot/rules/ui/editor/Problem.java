package io.blindspot.rules.ui.editor;

import java.util.Objects;

/**
 * A diagnostic with the rule-set file it belongs to, as the problems list shows it.
 *
 * @param file path within the rule set, e.g. {@code team-composition.drl} or {@code
 *     scenarios/seed-executives.yaml}
 * @param diagnostic where in that file and what is wrong
 */
public record Problem(String file, EditorDiagnostic diagnostic) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    /**
     * {@code file:line:column}, the place as editors and build logs write it; {@code file:line}
     * when the column is unknown.
     */
    public String location() {
        String place = file + ":" + diagnostic.line();
        return diagnostic.column() == 0 ? place : place + ":" + diagnostic.column();
    }
}
