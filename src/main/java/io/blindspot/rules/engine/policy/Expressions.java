package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Optional;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Checks the expressions in a rule's conditions. Each is read twice when it holds Unicode escapes:
 * as written (how Drools' expression compiler reads it) and with escapes translated (how javac would
 * read it), and must pass both ways.
 */
final class Expressions {

    private static final PolicyText FROM_ALLOWED = PolicyText.of("rules.policy.from");

    private final FactModel model;
    private final Bindings bindings;
    private final Violations violations;

    Expressions(FactModel model, Bindings bindings, Violations violations) {
        this.model = model;
        this.bindings = bindings;
        this.violations = violations;
    }

    /** The piece of the file Drools' parser took {@code text} from, found from where {@code descr} is. */
    Snippet locate(String text, BaseDescr descr, int fallback) {
        int from = violations.offsetOf(descr);
        return locateAfter(text, from >= 0 ? from : fallback);
    }

    /**
     * {@code text} as found in the file at or after {@code from}; when Drools normalised it and it is
     * not there as written, positions in it fall back to {@code from}.
     */
    Snippet locateAfter(String text, int from) {
        int at = violations.find(text, from);
        if (at < 0) {
            return Snippet.synthetic(text, from);
        }
        return Snippet.of(violations.source().text(), at, at + text.length());
    }

    /** Checks an expression in the context of a fact of type {@code self} (null: none). */
    ExprType check(Snippet code, Class<?> self, String allowed) {
        Snippet javac = javacView(code);
        if (javac == null) {
            return null;
        }
        ExprType written = checkView(code, self, allowed);
        if (written == null || javac.text().equals(code.text())) {
            return written;
        }
        return checkView(javac, self, allowed);
    }

    private ExprType checkView(Snippet code, Class<?> self, String allowed) {
        return JavaCode.expression(code, violations, allowed)
                .map(e -> new ExpressionCheck(model, bindings, self, code, violations).check(e))
                .orElse(null);
    }

    /** {@code from $fact.property}: a chain of properties or getters without arguments from a bound fact. */
    void fromSource(FromDescr from, PatternDescr pattern) {
        if (!(from.getDataSource() instanceof MVELExprDescr source)) {
            violations.at(pattern, FROM_ALLOWED);
            return;
        }
        Snippet code = locate(source.getExpression(), from, violations.offsetOf(pattern));
        for (Snippet view : views(code)) {
            Optional<Expression> expression = JavaCode.expression(view, violations, FROM_ALLOWED.english());
            if (expression.isEmpty()) {
                return;
            }
            if (!isPropertyPath(expression.get())) {
                violations.at(JavaCode.offsetOf(expression.get(), view), FROM_ALLOWED);
                return;
            }
            if (new ExpressionCheck(model, bindings, null, view, violations).check(expression.get()) == null) {
                return;
            }
        }
    }

    private Snippet[] views(Snippet code) {
        Snippet javac = javacView(code);
        if (javac == null) {
            return new Snippet[0];
        }
        return javac.text().equals(code.text()) ? new Snippet[] {code} : new Snippet[] {code, javac};
    }

    private Snippet javacView(Snippet code) {
        try {
            return code.asJavacReadsIt();
        } catch (UnicodeEscapes.IllegalEscape e) {
            violations.at(e.index(), PolicyText.of("rules.policy.unicode-escape"));
            return null;
        }
    }

    private static boolean isPropertyPath(Expression e) {
        if (e instanceof NameExpr name) {
            return name.getNameAsString().startsWith("$");
        }
        if (e instanceof FieldAccessExpr field) {
            return isPropertyPath(field.getScope());
        }
        if (e instanceof MethodCallExpr call) {
            return call.getArguments().isEmpty()
                    && call.getScope().filter(Expressions::isPropertyPath).isPresent();
        }
        return false;
    }
}
