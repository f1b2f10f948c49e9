package io.blindspot.rules;

/**
 * One problem (or warning) found in a rule set, pointing at the place to fix.
 *
 * @param file path within the rule set, e.g. {@code team-composition.drl} or {@code
 *     scenarios/seed-executives.yaml}
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown (Drools gives no column for errors in a rule's {@code then}
 *     part)
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}; only errors block publishing
 * @param field for data files, the path of the offending field, e.g. {@code team.members[2].D};
 *     {@code ""} otherwise
 */
public record Diagnostic(String file, int line, int column, String severity, String field, String message) {

    public static Diagnostic error(String file, int line, int column, String field, String message) {
        return new Diagnostic(file, line, column, "ERROR", field, message);
    }

    public boolean isError() {
        return "ERROR".equals(severity);
    }

    /** {@code file:line:column: severity: message}, the shape editors and CI logs understand. */
    @Override
    public String toString() {
        String where = field.isEmpty() ? "" : " [" + field + "]";
        return file + ":" + line + ":" + column + ": " + severity + where + ": " + message;
    }
}
