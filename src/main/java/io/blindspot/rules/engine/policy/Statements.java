package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/** Why a statement is not allowed in a then part, and what to do instead. */
final class Statements {

    private Statements() {}

    static PolicyText refusal(Statement statement) {
        if (statement instanceof ExpressionStmt expression) {
            return expression.getExpression().isVariableDeclarationExpr()
                    ? PolicyText.of("rules.policy.local-variable")
                    : PolicyText.of("rules.policy.statement", thenAllowed());
        }
        if (statement instanceof IfStmt || statement instanceof SwitchStmt) {
            return PolicyText.of("rules.policy.if-switch");
        }
        if (statement instanceof ForStmt
                || statement instanceof ForEachStmt
                || statement instanceof WhileStmt
                || statement instanceof DoStmt) {
            return PolicyText.of("rules.policy.loop");
        }
        if (statement instanceof LocalClassDeclarationStmt || statement instanceof LocalRecordDeclarationStmt) {
            return PolicyText.of("rules.policy.class-declaration");
        }
        if (statement instanceof TryStmt || statement instanceof ThrowStmt) {
            return PolicyText.of("rules.policy.try-throw");
        }
        String kind = statement.getClass().getSimpleName().replace("Stmt", "").toLowerCase();
        return PolicyText.of("rules.policy.statement-kind", kind, thenAllowed());
    }

    /** What a then part may do; {@link ConsequenceCheck#THEN_ALLOWED} in English. */
    static PolicyText thenAllowed() {
        return PolicyText.of("rules.policy.then-allowed", "{ setX( ... ) }");
    }
}
