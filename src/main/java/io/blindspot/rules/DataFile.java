package io.blindspot.rules;

import io.blindspot.base.InputBinder;
import io.blindspot.base.InputBinder.Kind;
import io.blindspot.base.InputBinder.Problem;
import io.blindspot.base.InputBinder.Result;
import io.blindspot.rules.engine.policy.PolicyText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a YAML data file of the rule set into its binding record: every problem becomes a
 * diagnostic naming the file, the field path ({@code team.members[2].D}), line and column.
 */
final class DataFile<T> {

    private static final InputBinder YAML = InputBinder.yaml();
    private static final PolicyText TOP_LEVEL = PolicyText.of("rules.data.top-level");

    private final String file;
    private final Result<T> bound;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private DataFile(String file, Result<T> bound) {
        this.file = file;
        this.bound = bound;
        bound.problems().forEach(p -> diagnostics.add(diagnostic(p)));
        if (bound.value() == null && diagnostics.isEmpty()) {
            diagnostics.add(error(0, 0, "", TOP_LEVEL));
        }
    }

    /** Binds the file; what binding and Bean Validation found is already among its diagnostics. */
    static <T> DataFile<T> read(String file, String text, Class<T> type) {
        return new DataFile<>(file, YAML.bind(text, type));
    }

    /** The bound content; {@code null} when the file could not be read at all. */
    T content() {
        return bound.value();
    }

    /** Records a problem a reader found itself, at the place of the path in the file. */
    void problem(String path, String message) {
        diagnostics.add(diagnostic(bound.problem(path, message, null)));
    }

    /** The same, in words of the rules bundle that the editor says in HR's language. */
    void problem(String path, PolicyText text) {
        Diagnostic d = diagnostic(bound.problem(path, text.english(), null));
        diagnostics.add(
                new Diagnostic(d.file(), d.line(), d.column(), d.stage(), d.severity(), d.field(), d.message(), text));
    }

    /** Throws every problem found, in file order; returns when there is none. */
    void throwIfAny() {
        if (!diagnostics.isEmpty()) {
            List<Diagnostic> ordered = new ArrayList<>(diagnostics);
            ordered.sort((a, b) -> a.line() != b.line()
                    ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            throw new DataFileException(ordered);
        }
    }

    private Diagnostic diagnostic(Problem problem) {
        if (problem.kind() == Kind.SYNTAX) {
            // the YAML parser's own words stay as it gave them, our framing is said in HR's language
            return error(problem.line(), problem.column(), "", PolicyText.of("rules.data.not-yaml", problem.message()));
        }
        if (problem.path().isEmpty() && problem.kind() == Kind.WRONG_VALUE) {
            return error(problem.line(), problem.column(), "", TOP_LEVEL);
        }
        return Diagnostic.error(file, problem.line(), problem.column(), problem.path(), problem.message());
    }

    private Diagnostic error(int line, int column, String field, PolicyText text) {
        return new Diagnostic(file, line, column, Stage.PARSE, "ERROR", field, text.english(), text);
    }
}
