package io.blindspot.assessment.instrument;

import java.util.List;

/** An instrument file was rejected; {@link #problems()} lists everything that is wrong with it. */
public class InstrumentValidationException extends RuntimeException {

    private final String sourceName;
    private final transient List<InstrumentProblem> problems;

    public InstrumentValidationException(String sourceName, List<InstrumentProblem> problems) {
        super(describe(sourceName, problems));
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    /** The file (or upload) the problems were found in. */
    public String sourceName() {
        return sourceName;
    }

    /** Every problem found, in file order as far as possible. */
    public List<InstrumentProblem> problems() {
        return problems;
    }

    private static String describe(String sourceName, List<InstrumentProblem> problems) {
        StringBuilder text = new StringBuilder(sourceName + " is not a valid instrument:");
        problems.forEach(p -> text.append("\n  ").append(p.located()));
        return text.toString();
    }
}
