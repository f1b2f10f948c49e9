package io.blindspot.rules;

import io.blindspot.base.Explained;

/**
 * One problem (or warning) found in a rule set, pointing at the place to fix.
 *
 * @param file path within the rule set, e.g. {@code team-composition.drl} or {@code
 *     scenarios/seed-executives.yaml}
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown (Drools gives no column for errors in a rule's {@code then}
 *     part)
 * @param stage the pipeline step that found it
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}; only errors block publishing
 * @param field for data files, the path of the offending field, e.g. {@code team.members[2].D};
 *     {@code ""} otherwise
 * @param message what is wrong, in English (the API, the command line and the log)
 * @param text the message as a text key for the editor, when it is one of our own sentences; null
 *     for a tool's own words (Drools' compiler, a YAML or Java parser), which are shown as they are
 */
public record Diagnostic(
        String file, int line, int column, Stage stage, String severity, String field, String message, Explained text) {

    public Diagnostic(String file, int line, int column, Stage stage, String severity, String field, String message) {
        this(file, line, column, stage, severity, field, message, null);
    }

    /** An error found while reading a file (the {@link Stage#PARSE} step). */
    public static Diagnostic error(String file, int line, int column, String field, String message) {
        return new Diagnostic(file, line, column, Stage.PARSE, "ERROR", field, message);
    }

    public static Diagnostic error(Stage stage, String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, stage, "ERROR", "", message);
    }

    public boolean isError() {
        return "ERROR".equals(severity);
    }

    /**
     * {@code file:line:column: STAGE: message}, the shape editors and CI logs understand; a warning
     * says so before its message, a data-file problem names its field.
     */
    @Override
    public String toString() {
        String kind = isError() ? "" : severity.toLowerCase(java.util.Locale.ROOT) + ": ";
        String where = field.isEmpty() ? "" : "[" + field + "] ";
        return file + ":" + line + ":" + column + ": " + stage + ": " + kind + where + message;
    }
}
