package io.blindspot.rules.engine.policy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.Optional;

/** Parses pieces of rule files as Java with JavaParser and reports where they cannot be read. */
final class JavaCode {

    // a JavaParser is not thread-safe, and reusing one saves building its generated parser per piece
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private JavaCode() {}

    /** The piece as one expression (nothing may follow it), or empty after reporting why not. */
    static Optional<Expression> expression(Snippet code, Violations violations, String allowed) {
        return parse(ParseStart.EXPRESSION, code, violations, allowed);
    }

    /** The text as one expression, or empty when it is not one; nothing is reported. */
    static Optional<Expression> quietExpression(String text) {
        return PARSER.get()
                .parse(ParseStart.EXPRESSION, Providers.provider(text))
                .getResult();
    }

    /** The piece as one block ({@code { ... }} and nothing after it), or empty after reporting. */
    static Optional<BlockStmt> block(Snippet code, Violations violations, String allowed) {
        return parse(ParseStart.BLOCK, code, violations, allowed);
    }

    /** The file offset where a parsed node begins. */
    static int offsetOf(Node node, Snippet code) {
        return node.getBegin().map(p -> code.fileOffset(p.line, p.column)).orElse(code.start());
    }

    private static <N extends Node> Optional<N> parse(
            ParseStart<N> start, Snippet code, Violations violations, String allowed) {
        ParseResult<N> result = PARSER.get().parse(start, Providers.provider(code.text()));
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        Problem problem =
                result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        int offset = problem == null ? code.start() : offsetOf(problem, code);
        violations.at(offset, "this cannot be read as allowed code (" + shortMessage(problem) + "). " + allowed);
        return Optional.empty();
    }

    private static int offsetOf(Problem problem, Snippet code) {
        return problem.getLocation()
                .flatMap(range -> range.getBegin().getRange())
                .map(range -> {
                    Position begin = range.begin;
                    return code.fileOffset(begin.line, begin.column);
                })
                .orElse(code.start());
    }

    private static String shortMessage(Problem problem) {
        if (problem == null) {
            return "no detail";
        }
        String message = problem.getMessage().replace("Parse error. ", "");
        int expected = message.indexOf(", expected");
        message = expected > 0 ? message.substring(0, expected) : message;
        int line = message.indexOf('\n');
        return (line > 0 ? message.substring(0, line) : message).strip();
    }
}
