package io.blindspot.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule-set data file (parameters or scenario) that cannot be read, naming file, field, line and column. */
final class DataFileException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    DataFileException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem of the file, in file order. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first problem. */
    Diagnostic diagnostic() {
        return diagnostics.get(0);
    }
}
