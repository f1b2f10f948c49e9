package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;

/** The messages for refused expressions: what is refused, and what to write instead. */
final class Refusals {

    private final FactModel model;
    private final boolean inConstraint;

    Refusals(FactModel model, boolean inConstraint) {
        this.model = model;
        this.inConstraint = inConstraint;
    }

    String expression(Expression e) {
        if (e instanceof ObjectCreationExpr creation) {
            return "new " + creation.getType().asString()
                    + (creation.getAnonymousClassBody().isPresent() ? " { ... } (an anonymous class)" : "(...)")
                    + " is not allowed: rules create nothing with new; start a finding with Finding.of( code, "
                    + "severity ) and a coaching action with CoachingAction.forTeam( $finding )";
        }
        if (e instanceof LambdaExpr) {
            return "a lambda (->) is not allowed in rules: write the expression itself";
        }
        if (e instanceof MethodReferenceExpr) {
            return "a method reference (::) is not allowed in rules: call the fact's getter, e.g. $m.memberId()";
        }
        if (e instanceof ClassExpr) {
            return "'.class' is not allowed: rules may not reach classes (reflection)";
        }
        if (e instanceof AssignExpr) {
            return "assignment is not allowed: rules change facts only with modify( $fact ) { setX( ... ) }";
        }
        if (e instanceof InstanceOfExpr) {
            return "instanceof is not allowed: match the type with a pattern, e.g. TeamMember( ... )";
        }
        if (e instanceof ArrayCreationExpr) {
            return "creating arrays is not allowed: pass values one by one";
        }
        if (e instanceof SwitchExpr) {
            return "switch is not allowed: write one rule per case, with the case in its when part";
        }
        if (e instanceof ThisExpr || e instanceof SuperExpr) {
            return "'" + e + "' is not allowed here: name the bound fact instead, e.g. $team";
        }
        return "this kind of expression (" + e.getClass().getSimpleName().replace("Expr", "")
                + ") is not allowed in rules";
    }

    String engineHandle(String name) {
        return "'" + name + "' is the rule engine itself and is not allowed: a then part uses insert( ... ), "
                + "update( $fact ) and modify( $fact ) { ... } only";
    }

    String unknownName(NameExpr name) {
        String qualified = qualifiedName(name);
        if (isFullyQualified(qualified)) {
            return "'" + qualified + "' is not allowed: a fully qualified name reaches classes outside the fact "
                    + "model. Rules may use the fact model (" + model.typeNames() + ") by simple name, their "
                    + "bound variables and params";
        }
        return "'" + name.getNameAsString() + "' is not known here: rules may use their bound variables ($name), "
                + "params, " + (inConstraint ? "the properties of the matched fact, " : "")
                + "and the fact-model types " + model.typeNames() + " (classes such as System, Class, Math or "
                + "Thread are not allowed)";
    }

    String typeArguments() {
        return "type arguments (<...>) are not allowed in rules";
    }

    String notAConstant(Class<?> type, String name) {
        return type.getSimpleName() + "." + name + " is not allowed: only enum constants such as Severity.HIGH "
                + "may be read from a fact-model type";
    }

    String noProperty(Class<?> type, String name) {
        return type.getSimpleName() + " has no property '" + name + "': " + properties(type);
    }

    String nothingToRead(ExprType scope, String name) {
        return "'" + name + "' cannot be read from " + scope.describe() + ": only fact-model objects have properties";
    }

    String bareCall(String name) {
        if (name.equals("insert") || name.equals("update")) {
            return name + "( ... ) is allowed only as a statement of its own in the then part";
        }
        return name + "( ... ) is not allowed: the then part may call insert( ... ) and update( $fact ), and "
                + "the getters and builder methods of the fact model";
    }

    String staticCall(Class<?> type, String name) {
        return type.getSimpleName() + "." + name + "( ... ) is not allowed: the only static calls rules may make "
                + "are the builders " + model.factoryNames();
    }

    String noMethod(Class<?> type, String name) {
        return type.getSimpleName() + " has no method '" + name + "' that rules may call"
                + (name.equals("getClass") ? " (reflection is not allowed)" : "")
                + ": " + properties(type);
    }

    private String properties(Class<?> type) {
        String names = model.propertyNames(type);
        if (!names.isEmpty()) {
            return "its properties are " + names;
        }
        return type.isEnum()
                ? "compare it with ==, e.g. severity == Severity.HIGH"
                : type.getSimpleName() + " has no properties";
    }

    String collectionCall(String name) {
        return "'" + name + "' is not allowed on a list or map: rules may read one with get, size, isEmpty, "
                + "contains, containsKey or getOrDefault, or by index, e.g. memberIds[0]";
    }

    String callOnValue(ExprType scope, String name) {
        return "'" + name + "' cannot be called on " + scope.describe() + ": compare values, compute with "
                + "+ - * / %, or join them into text with +";
    }

    String notIndexable(ExprType target) {
        return scope(target) + " cannot be indexed: only lists and maps of the fact model can, e.g. memberIds[0] "
                + "or evidence[\"scale\"]";
    }

    String operator(String operator) {
        return "the operator " + operator + " is not allowed: use comparisons (== != < <= > >=), && || ! and "
                + "arithmetic (+ - * / %)";
    }

    String cast(String type) {
        return "a cast to " + type + " is not allowed: rules may cast only to a fact-model type or to a number "
                + "type such as (int) or (double)";
    }

    private static String scope(ExprType target) {
        return target.describe().substring(0, 1).toUpperCase()
                + target.describe().substring(1);
    }

    /** {@code java.nio.file.Files}: a package name, then a class; {@code worker.start} is not one. */
    private static boolean isFullyQualified(String qualified) {
        String[] parts = qualified.split("\\.");
        return parts.length >= 3 && Character.isLowerCase(parts[0].charAt(0));
    }

    /** {@code java.nio.file.Files.writeString} for the {@code java} of such a chain. */
    private static String qualifiedName(NameExpr name) {
        StringBuilder text = new StringBuilder(name.getNameAsString());
        Node current = name;
        while (current.getParentNode().isPresent()) {
            Node child = current;
            Node parent = child.getParentNode().get();
            if (parent instanceof FieldAccessExpr field && field.getScope() == child) {
                text.append('.').append(field.getNameAsString());
            } else if (parent instanceof MethodCallExpr call
                    && call.getScope().filter(scope -> scope == child).isPresent()) {
                text.append('.').append(call.getNameAsString());
                break;
            } else {
                break;
            }
            current = parent;
        }
        return text.toString();
    }
}
