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

    static String refusal(Statement statement) {
        if (statement instanceof ExpressionStmt expression) {
            return expression.getExpression().isVariableDeclarationExpr()
                    ? "local variables are not allowed in a then part: write the value where it is used"
                    : "this statement is not allowed. " + ConsequenceCheck.THEN_ALLOWED;
        }
        if (statement instanceof IfStmt || statement instanceof SwitchStmt) {
            return "if and switch are not allowed in a then part: put the condition in the when part, one rule "
                    + "per case";
        }
        if (statement instanceof ForStmt
                || statement instanceof ForEachStmt
                || statement instanceof WhileStmt
                || statement instanceof DoStmt) {
            return "loops are not allowed in a then part: a rule fires once for each match, so match each fact "
                    + "with a pattern, or collect them with accumulate";
        }
        if (statement instanceof LocalClassDeclarationStmt || statement instanceof LocalRecordDeclarationStmt) {
            return "declaring classes is not allowed in rules: use the fact model";
        }
        if (statement instanceof TryStmt || statement instanceof ThrowStmt) {
            return "try and throw are not allowed in a then part: nothing a rule may call throws";
        }
        String kind = statement.getClass().getSimpleName().replace("Stmt", "").toLowerCase();
        return "a " + kind + " statement is not allowed. " + ConsequenceCheck.THEN_ALLOWED;
    }
}
