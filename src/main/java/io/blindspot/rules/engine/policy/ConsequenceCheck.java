package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks a rule's {@code then} part as javac will read it: Unicode escapes translated, {@code
 * modify} blocks stood in for by {@code update} calls (their calls checked on their own), the whole
 * parsed as one Java block. Each statement must be {@code insert( finding or coaching action )} or
 * {@code update( $fact )}; there are no local variables, conditions or loops — conditions belong in
 * the {@code when} part.
 */
final class ConsequenceCheck {

    static final String THEN_ALLOWED = "A then part may only insert( ... ) a Finding or CoachingAction, "
            + "update( $fact ) and modify( $fact ) { setX( ... ) }, using the fact model's builders and "
            + "getters, params, literals, arithmetic and + to join text";

    /** An update or modify of a fact the rule matched; it re-triggers the rule unless no-loop is set. */
    record Update(String name, int offset) {}

    private final FactModel model;
    private final Bindings bindings;
    private final Violations violations;

    ConsequenceCheck(FactModel model, Bindings bindings, Violations violations) {
        this.model = model;
        this.bindings = bindings;
        this.violations = violations;
    }

    /** Checks the consequence and returns the facts it updates or modifies. */
    List<Update> check(RuleDescr rule) {
        if (!(rule.getConsequence() instanceof String text) || text.isBlank()) {
            return List.of();
        }
        Snippet written = locate(rule, text);
        ModifyBlocks.Found found = ModifyBlocks.find(text);
        int before = violations.list().size();
        Snippet rewritten = new ModifyBlockCheck(model, bindings, violations).replace(written, found.blocks());
        List<Update> updates = new ArrayList<>();
        Snippet wrapped = Snippet.synthetic("{\n", written.start())
                .concat(rewritten)
                .concat(Snippet.synthetic("\n}", written.fileOffsetAt(text.length())));
        Optional<Snippet> javac = javacView(wrapped);
        if (javac.isPresent()) {
            JavaCode.block(javac.get(), violations, THEN_ALLOWED)
                    .ifPresent(block -> statements(block, javac.get(), updates));
        }
        if (found.error() != null && violations.list().size() == before) {
            // Drools' own reading of the block failed where ours did not: do not guess which is right
            violations.at(
                    written.start(), "Drools cannot read this then part (" + found.error() + "). " + THEN_ALLOWED);
        }
        return updates;
    }

    private Snippet locate(RuleDescr rule, String text) {
        String file = violations.source().text();
        int then = rule.getConsequenceLine() > 0
                ? violations.source().offset(rule.getConsequenceLine(), 1)
                : Math.max(0, violations.offsetOf(rule));
        int at = file.indexOf(text, then);
        return at < 0 ? Snippet.synthetic(text, then) : Snippet.of(file, at, at + text.length());
    }

    private Optional<Snippet> javacView(Snippet code) {
        try {
            return Optional.of(code.asJavacReadsIt());
        } catch (UnicodeEscapes.IllegalEscape e) {
            violations.at(e.index(), PolicyText.of("rules.policy.unicode-escape"));
            return Optional.empty();
        }
    }

    private void statements(BlockStmt block, Snippet code, List<Update> updates) {
        for (Statement statement : block.getStatements()) {
            if (statement.isEmptyStmt()) {
                continue;
            }
            if (statement instanceof ExpressionStmt expression
                    && expression.getExpression() instanceof MethodCallExpr call
                    && call.getScope().isEmpty()
                    && call.getTypeArguments().isEmpty()) {
                call(call, code, updates);
            } else if (!refusedInside(statement, code)) {
                refuse(statement, code, Statements.refusal(statement));
            }
        }
    }

    private void call(MethodCallExpr call, Snippet code, List<Update> updates) {
        String name = call.getNameAsString();
        if (name.equals("insert") && call.getArguments().size() == 1) {
            ExprType inserted = new ExpressionCheck(model, bindings, null, code, violations).check(call.getArgument(0));
            if (inserted != null && !(inserted.is(ExprType.Kind.FACT) && model.isOutput(inserted.type()))) {
                refuse(
                        call,
                        code,
                        PolicyText.of(
                                "rules.policy.insert-output",
                                model.outputNames(),
                                model.factoryNames(),
                                inserted.describe()));
            }
        } else if (name.equals("update") && call.getArguments().size() == 1) {
            Expression target = unwrap(call.getArgument(0));
            if (target instanceof NameExpr fact && bindings.isMatchedFact(fact.getNameAsString())) {
                updates.add(new Update(fact.getNameAsString(), JavaCode.offsetOf(call, code)));
            } else {
                refuse(call, code, PolicyText.of("rules.policy.update-target"));
            }
        } else {
            refuse(call, code, new Refusals(model, false).bareCall(name));
        }
    }

    /**
     * Checks the expressions of a statement that is refused anyway, so the message names the first
     * thing in it that is not allowed (a class, a lambda, a call) rather than only the statement.
     */
    private boolean refusedInside(Statement statement, Snippet code) {
        if (!(statement instanceof ExpressionStmt expression)) {
            return false;
        }
        ExpressionCheck check = new ExpressionCheck(model, bindings, null, code, violations);
        if (expression.getExpression() instanceof VariableDeclarationExpr declaration) {
            // report what the values do, and the local variable as well
            declaration.getVariables().forEach(v -> v.getInitializer().ifPresent(check::check));
            return false;
        }
        return check.check(expression.getExpression()) == null;
    }

    static Expression unwrap(Expression e) {
        return e instanceof EnclosedExpr enclosed ? unwrap(enclosed.getInner()) : e;
    }

    private void refuse(Node node, Snippet code, PolicyText message) {
        violations.at(JavaCode.offsetOf(node, code), message);
    }
}
