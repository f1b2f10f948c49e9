package io.blindspot.assessment.instrument;

/**
 * One thing wrong with an instrument file.
 *
 * @param subject what the problem concerns: {@code item D03}, {@code scale D (Dominance)}, {@code
 *     line 4, column 7} or {@code instrument}
 * @param message what is wrong, in plain words
 * @param line where in the file, 1-based; 0 when unknown
 * @param column where in the line, 1-based; 0 when unknown
 */
public record InstrumentProblem(String subject, String message, int line, int column) {

    public InstrumentProblem(String subject, String message) {
        this(subject, message, 0, 0);
    }

    /** With its place in the file: {@code item D03 (line 17, column 5): missing scale …}. */
    public String located() {
        boolean placed = line > 0 && !subject.startsWith("line ");
        return placed ? subject + " (line " + line + ", column " + column + "): " + message : toString();
    }

    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
