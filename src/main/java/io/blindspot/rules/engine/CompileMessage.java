package io.blindspot.rules.engine;

/**
 * One message from compiling rule files.
 *
 * @param file the rule file as it was given to the compiler (e.g. {@code team-composition.drl}),
 *     or {@code ""} when Drools names none
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 */
public record CompileMessage(String file, int line, int column, String severity, String text) {

    public boolean isError() {
        return "ERROR".equals(severity);
    }
}
