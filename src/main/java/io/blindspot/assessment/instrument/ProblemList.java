package io.blindspot.assessment.instrument;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a file is read, so the author sees all of them at once. */
final class ProblemList {

    private final List<InstrumentProblem> problems = new ArrayList<>();

    void add(String subject, String message) {
        problems.add(new InstrumentProblem(subject, message));
    }

    void throwIfAny(String sourceName) {
        if (!problems.isEmpty()) {
            throw new InstrumentValidationException(sourceName, problems);
        }
    }
}
