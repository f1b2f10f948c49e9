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

    PolicyText expression(Expression e) {
        if (e instanceof ObjectCreationExpr creation) {
            String type = creation.getType().asString();
            return creation.getAnonymousClassBody().isPresent()
                    ? PolicyText.of("rules.policy.new-anonymous", type, "{ ... }")
                    : PolicyText.of("rules.policy.new", type);
        }
        if (e instanceof LambdaExpr) {
            return PolicyText.of("rules.policy.lambda");
        }
        if (e instanceof MethodReferenceExpr) {
            return PolicyText.of("rules.policy.method-reference");
        }
        if (e instanceof ClassExpr) {
            return PolicyText.of("rules.policy.class-literal");
        }
        if (e instanceof AssignExpr) {
            return PolicyText.of("rules.policy.assignment", "{ setX( ... ) }");
        }
        if (e instanceof InstanceOfExpr) {
            return PolicyText.of("rules.policy.instanceof");
        }
        if (e instanceof ArrayCreationExpr) {
            return PolicyText.of("rules.policy.array");
        }
        if (e instanceof SwitchExpr) {
            return PolicyText.of("rules.policy.switch");
        }
        if (e instanceof ThisExpr || e instanceof SuperExpr) {
            return PolicyText.of("rules.policy.this", e.toString());
        }
        return PolicyText.of(
                "rules.policy.expression-kind", e.getClass().getSimpleName().replace("Expr", ""));
    }

    PolicyText engineHandle(String name) {
        return PolicyText.of("rules.policy.engine-handle", name, "{ ... }");
    }

    PolicyText unknownName(NameExpr name) {
        String qualified = qualifiedName(name);
        if (isFullyQualified(qualified)) {
            return PolicyText.of("rules.policy.qualified-name", qualified, model.typeNames());
        }
        return PolicyText.of(
                inConstraint ? "rules.policy.unknown-name-in-constraint" : "rules.policy.unknown-name",
                name.getNameAsString(),
                model.typeNames());
    }

    PolicyText typeArguments() {
        return PolicyText.of("rules.policy.type-arguments");
    }

    PolicyText notAConstant(Class<?> type, String name) {
        return PolicyText.of("rules.policy.not-a-constant", type.getSimpleName(), name);
    }

    PolicyText noProperty(Class<?> type, String name) {
        return PolicyText.of("rules.policy.no-property", type.getSimpleName(), name, properties(type));
    }

    PolicyText nothingToRead(ExprType scope, String name) {
        return PolicyText.of("rules.policy.nothing-to-read", name, scope.describe());
    }

    PolicyText bareCall(String name) {
        if (name.equals("insert") || name.equals("update")) {
            return PolicyText.of("rules.policy.insert-or-update-inside", name);
        }
        return PolicyText.of("rules.policy.bare-call", name);
    }

    PolicyText staticCall(Class<?> type, String name) {
        return PolicyText.of("rules.policy.static-call", type.getSimpleName(), name, model.factoryNames());
    }

    PolicyText noMethod(Class<?> type, String name) {
        return PolicyText.of(
                name.equals("getClass") ? "rules.policy.no-method-reflection" : "rules.policy.no-method",
                type.getSimpleName(),
                name,
                properties(type));
    }

    private PolicyText properties(Class<?> type) {
        String names = model.propertyNames(type);
        if (!names.isEmpty()) {
            return PolicyText.of("rules.policy.properties", names);
        }
        return type.isEnum()
                ? PolicyText.of("rules.policy.properties-enum")
                : PolicyText.of("rules.policy.properties-none", type.getSimpleName());
    }

    PolicyText collectionCall(String name) {
        return PolicyText.of("rules.policy.collection-call", name);
    }

    PolicyText callOnValue(ExprType scope, String name) {
        return PolicyText.of("rules.policy.call-on-value", name, scope.describe());
    }

    PolicyText notIndexable(ExprType target) {
        return PolicyText.of("rules.policy.not-indexable", target.describeAtStart());
    }

    PolicyText operator(String operator) {
        return PolicyText.of("rules.policy.operator", operator);
    }

    PolicyText cast(String type) {
        return PolicyText.of("rules.policy.cast", type);
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
