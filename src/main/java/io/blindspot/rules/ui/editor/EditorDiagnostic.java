package io.blindspot.rules.ui.editor;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem to show in the editor: a marker in the gutter of its line, with the message as
 * tooltip, and an underline from its column to the end of the word there.
 *
 * @param line 1-based; a line past the end of the text marks the last line
 * @param column 1-based; 0 when unknown, which underlines the whole line
 * @param severity how bad it is; decides the marker's colour
 * @param message what is wrong, in words the author understands
 */
public record EditorDiagnostic(int line, int column, Severity severity, String message) {

    /** The severities a rule check reports; only errors block publishing. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO;

        /**
         * Reads {@code ERROR}, {@code WARNING} or {@code INFO} in any case, as the rule pipeline
         * writes them.
         *
         * @throws IllegalArgumentException for any other word, naming it
         */
        public static Severity of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown severity '" + name + "': expected ERROR, WARNING or INFO", e);
            }
        }
    }

    public EditorDiagnostic {
        if (line < 1) {
            throw new IllegalArgumentException("A diagnostic's line starts at 1, was " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("A diagnostic's column starts at 1 (0 = unknown), was " + column);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static EditorDiagnostic error(int line, int column, String message) {
        return new EditorDiagnostic(line, column, Severity.ERROR, message);
    }

    public static EditorDiagnostic warning(int line, int column, String message) {
        return new EditorDiagnostic(line, column, Severity.WARNING, message);
    }
}
