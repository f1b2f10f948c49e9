package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * Checks one Java expression from a rule — a constraint, a {@code from} source, an accumulate
 * argument, or an expression in a consequence — against the allowlist, and works out what its value
 * is so calls on it can be checked in turn. Every kind of expression not named here is refused.
 *
 * <p>Names resolve as the compilers resolve them: a bound variable or {@code params} first, then (in
 * a constraint) a property of the matched fact, then a fact type. Anything else — {@code System},
 * {@code java.nio...}, {@code drools} — is unknown and refused.
 */
final class ExpressionCheck {

    private static final Set<BinaryExpr.Operator> OPERATORS = Set.of(
            BinaryExpr.Operator.PLUS,
            BinaryExpr.Operator.MINUS,
            BinaryExpr.Operator.MULTIPLY,
            BinaryExpr.Operator.DIVIDE,
            BinaryExpr.Operator.REMAINDER,
            BinaryExpr.Operator.EQUALS,
            BinaryExpr.Operator.NOT_EQUALS,
            BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS,
            BinaryExpr.Operator.GREATER,
            BinaryExpr.Operator.GREATER_EQUALS,
            BinaryExpr.Operator.AND,
            BinaryExpr.Operator.OR);

    private static final Set<UnaryExpr.Operator> UNARY =
            Set.of(UnaryExpr.Operator.PLUS, UnaryExpr.Operator.MINUS, UnaryExpr.Operator.LOGICAL_COMPLEMENT);

    /** Reading a list or map from the fact model: name → number of arguments. */
    private static final Map<String, Integer> COLLECTION_READS =
            Map.of("get", 1, "size", 0, "isEmpty", 0, "contains", 1, "containsKey", 1, "getOrDefault", 2);

    private final FactModel model;
    private final Bindings bindings;
    private final Class<?> self;
    private final Snippet code;
    private final Violations violations;
    private final Refusals refusals;

    /**
     * @param self the type of the fact a constraint is on, whose properties it may name bare; {@code
     *     null} outside a pattern and in consequences
     */
    ExpressionCheck(FactModel model, Bindings bindings, Class<?> self, Snippet code, Violations violations) {
        this.model = model;
        this.bindings = bindings;
        this.self = self;
        this.code = code;
        this.violations = violations;
        this.refusals = new Refusals(model, self != null);
    }

    /** What the expression's value is, or {@code null} when something in it was refused (and reported). */
    ExprType check(Expression e) {
        if (e instanceof LiteralExpr) {
            return ExprType.anyValue();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return check(enclosed.getInner());
        }
        if (e instanceof NameExpr name) {
            return name(name);
        }
        if (e instanceof FieldAccessExpr field) {
            return field(field);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call);
        }
        if (e instanceof ArrayAccessExpr index) {
            return index(index);
        }
        if (e instanceof BinaryExpr binary) {
            return binary(binary);
        }
        if (e instanceof UnaryExpr unary) {
            return UNARY.contains(unary.getOperator())
                    ? valueOf(check(unary.getExpression()))
                    : refuse(unary, refusals.operator(unary.getOperator().asString()));
        }
        if (e instanceof ConditionalExpr conditional) {
            return conditional(conditional);
        }
        if (e instanceof CastExpr cast) {
            return cast(cast);
        }
        if (e instanceof ThisExpr thisExpr
                && self != null
                && thisExpr.getTypeName().isEmpty()) {
            return ExprType.fact(self);
        }
        return refuse(e, refusals.expression(e));
    }

    /** Refuses at a node: reports, and returns {@code null} for "refused". */
    ExprType refuse(Node node, PolicyText message) {
        violations.at(JavaCode.offsetOf(node, code), message);
        return null;
    }

    private ExprType name(NameExpr name) {
        String id = name.getNameAsString();
        if (id.equals("drools") || id.equals("kcontext")) {
            return refuse(name, refusals.engineHandle(id));
        }
        var bound = bindings.type(id);
        if (bound.isPresent()) {
            return bound.get();
        }
        if (self != null) {
            var property = model.property(self, id);
            if (property.isPresent()) {
                return model.classify(property.get().getReturnType());
            }
        }
        var type = model.type(id);
        if (type.isPresent()) {
            return ExprType.typeName(type.get());
        }
        boolean meantProperty = self != null && Character.isLowerCase(id.charAt(0));
        return refuse(name, meantProperty ? refusals.noProperty(self, id) : refusals.unknownName(name));
    }

    private ExprType field(FieldAccessExpr field) {
        if (field.getTypeArguments().isPresent()) {
            return refuse(field, refusals.typeArguments());
        }
        ExprType scope = check(field.getScope());
        String name = field.getNameAsString();
        if (scope == null) {
            return null;
        }
        if (scope.is(ExprType.Kind.TYPE)) {
            return model.isEnumConstant(scope.type(), name)
                    ? ExprType.fact(scope.type())
                    : refuse(field, refusals.notAConstant(scope.type(), name));
        }
        if (scope.is(ExprType.Kind.FACT)) {
            return model.property(scope.type(), name)
                    .map(p -> model.classify(p.getReturnType()))
                    .orElseGet(() -> refuse(field, refusals.noProperty(scope.type(), name)));
        }
        return refuse(field, refusals.nothingToRead(scope, name));
    }

    private ExprType call(MethodCallExpr call) {
        if (call.getTypeArguments().isPresent()) {
            return refuse(call, refusals.typeArguments());
        }
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (call.getScope().isEmpty()) {
            return self == null
                    ? refuse(call, refusals.bareCall(name))
                    : returning(call, model.method(self, name, arity), self);
        }
        ExprType scope = check(call.getScope().get());
        if (scope == null) {
            return null;
        }
        return switch (scope.kind()) {
            case TYPE -> model.factory(scope.type(), name, arity).isEmpty()
                    ? refuse(call, refusals.staticCall(scope.type(), name))
                    : (argumentsAllowed(call) ? ExprType.fact(scope.type()) : null);
            case FACT -> returning(call, model.method(scope.type(), name, arity), scope.type());
            case COLLECTION -> Integer.valueOf(arity).equals(COLLECTION_READS.get(name))
                    ? (argumentsAllowed(call) ? ExprType.anyValue() : null)
                    : refuse(call, refusals.collectionCall(name));
            case VALUE -> refuse(call, refusals.callOnValue(scope, name));
        };
    }

    private ExprType returning(MethodCallExpr call, java.util.Optional<Method> method, Class<?> on) {
        if (method.isEmpty()) {
            return refuse(call, refusals.noMethod(on, call.getNameAsString()));
        }
        return argumentsAllowed(call) ? model.classify(method.get().getReturnType()) : null;
    }

    private boolean argumentsAllowed(MethodCallExpr call) {
        boolean allowed = true;
        for (Expression argument : call.getArguments()) {
            allowed &= check(argument) != null;
        }
        return allowed;
    }

    private ExprType index(ArrayAccessExpr access) {
        ExprType target = check(access.getName());
        if (target == null || check(access.getIndex()) == null) {
            return null;
        }
        return target.is(ExprType.Kind.COLLECTION)
                ? ExprType.anyValue()
                : refuse(access, refusals.notIndexable(target));
    }

    private ExprType binary(BinaryExpr binary) {
        if (!OPERATORS.contains(binary.getOperator())) {
            return refuse(binary, refusals.operator(binary.getOperator().asString()));
        }
        ExprType left = check(binary.getLeft());
        ExprType right = check(binary.getRight());
        return left == null || right == null ? null : ExprType.anyValue();
    }

    private ExprType conditional(ConditionalExpr conditional) {
        ExprType condition = check(conditional.getCondition());
        ExprType then = check(conditional.getThenExpr());
        ExprType otherwise = check(conditional.getElseExpr());
        if (condition == null || then == null || otherwise == null) {
            return null;
        }
        return then.equals(otherwise) ? then : ExprType.anyValue();
    }

    private ExprType cast(CastExpr cast) {
        if (cast.getType().isPrimitiveType()) {
            return valueOf(check(cast.getExpression()));
        }
        var target = cast.getType().isClassOrInterfaceType()
                        && cast.getType().asClassOrInterfaceType().getScope().isEmpty()
                        && cast.getType()
                                .asClassOrInterfaceType()
                                .getTypeArguments()
                                .isEmpty()
                ? model.type(cast.getType().asClassOrInterfaceType().getNameAsString())
                : java.util.Optional.<Class<?>>empty();
        if (target.isEmpty()) {
            return refuse(cast, refusals.cast(cast.getType().asString()));
        }
        return check(cast.getExpression()) == null ? null : ExprType.fact(target.get());
    }

    private static ExprType valueOf(ExprType checked) {
        return checked == null ? null : ExprType.anyValue();
    }
}
