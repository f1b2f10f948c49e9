package io.blindspot.rules;

/** A rule-set data file (parameters or scenario) that cannot be read, naming file and field. */
final class DataFileException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    DataFileException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    static DataFileException at(String file, String field, String message) {
        return new DataFileException(Diagnostic.error(file, 0, 0, field, message));
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
