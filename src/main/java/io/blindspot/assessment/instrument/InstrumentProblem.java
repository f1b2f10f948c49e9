package io.blindspot.assessment.instrument;

/**
 * One thing wrong with an instrument file.
 *
 * @param subject what the problem concerns: {@code item D03}, {@code scale D (Dominance)}, {@code
 *     line 4, column 7} or {@code instrument}
 * @param message what is wrong, in plain words
 */
public record InstrumentProblem(String subject, String message) {

    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
