package io.blindspot.rules.engine.policy;

/**
 * One thing a rule file may not do, or could not be read.
 *
 * @param file the rule file as it was given, e.g. {@code team-composition.drl}
 * @param line 1-based line in that file, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is refused and what to use instead, in English
 * @param text the same as a key of the rules bundle, for the editor; null for a parser's own words
 */
public record PolicyViolation(String file, int line, int column, String message, PolicyText text) {

    public PolicyViolation(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public PolicyViolation(String file, int line, int column, PolicyText text) {
        this(file, line, column, text.english(), text);
    }

    /** {@code file:line:column: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
