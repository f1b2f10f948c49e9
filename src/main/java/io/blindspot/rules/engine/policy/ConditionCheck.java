package io.blindspot.rules.engine.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * Walks a rule's conditions: {@code and}, {@code or}, {@code not}, {@code exists} and {@code
 * forall} over patterns on fact types, each with constraints and bindings, reading from working
 * memory, from a property of a bound fact, or from an accumulate with the allowed functions.
 * Everything else — {@code eval}, {@code collect}, entry points, windows, queries — is refused.
 */
final class ConditionCheck {

    static final String CONSTRAINTS_ALLOWED = "A constraint compares properties of the fact, params, bound "
            + "variables and literals with == != < <= > >=, combines them with && || ! and computes with "
            + "+ - * / %; DRL operators such as matches, contains, memberOf, in, soundslike and abbreviated "
            + "comparisons (x > 1 && < 5) are not allowed";

    // "$name : expression" at the start of a constraint; ":=" is unification
    // names become Java identifiers in the compiled consequence: keep them plain
    private static final Pattern BINDING_NAME = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

    private static final Pattern BINDING = Pattern.compile("^\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*(:=|:)");

    private final FactModel model;
    private final Bindings bindings;
    private final Violations violations;
    private final Expressions expressions;

    ConditionCheck(FactModel model, Bindings bindings, Violations violations) {
        this.model = model;
        this.bindings = bindings;
        this.violations = violations;
        this.expressions = new Expressions(model, bindings, violations);
    }

    void check(BaseDescr condition) {
        if (condition instanceof AndDescr
                || condition instanceof OrDescr
                || condition instanceof NotDescr
                || condition instanceof ExistsDescr
                || condition instanceof ForallDescr) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) condition)
                    .getDescrs()
                    .forEach(this::check);
        } else if (condition instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (condition instanceof EvalDescr) {
            violations.at(condition, PolicyText.of("rules.policy.eval"));
        } else {
            violations.at(condition, PolicyText.of("rules.policy.condition-kind", kind(condition)));
        }
    }

    private void pattern(PatternDescr pattern) {
        if (!pattern.getAnnotationNames().isEmpty()) {
            violations.at(
                    pattern,
                    PolicyText.of(
                            "rules.policy.pattern-annotations",
                            "@" + String.join(", @", pattern.getAnnotationNames())));
        }
        if (!pattern.getBehaviors().isEmpty()) {
            violations.at(pattern, PolicyText.of("rules.policy.pattern-window"));
        }
        if (pattern.isQuery()) {
            violations.at(pattern, PolicyText.of("rules.policy.query-call"));
            return;
        }
        Class<?> type = source(pattern);
        identifier(pattern, type);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression
                    && expression.getType() == ExprConstraintDescr.Type.NAMED) {
                constraint(expression, type, pattern);
            } else if (constraint instanceof ExprConstraintDescr) {
                violations.at(constraint, PolicyText.of("rules.policy.positional"));
            } else {
                violations.at(constraint, PolicyText.of("rules.policy.constraint-kind", kind(constraint)));
            }
        }
    }

    /** Checks where the pattern reads from, and returns the type its constraints see (null: none). */
    private Class<?> source(PatternDescr pattern) {
        PatternSourceDescr source = pattern.getSource();
        if (source instanceof AccumulateDescr accumulate) {
            new AccumulateCheck(bindings, violations, expressions, this).check(accumulate, pattern);
            if (!pattern.getObjectType().equals("Object")) {
                violations.at(pattern, PolicyText.of("rules.policy.accumulate-result", pattern.getObjectType()));
            }
            return null;
        }
        Class<?> type = factType(pattern);
        if (source instanceof FromDescr from) {
            expressions.fromSource(from, pattern);
        } else if (source instanceof CollectDescr) {
            violations.at(pattern, PolicyText.of("rules.policy.collect"));
        } else if (source != null) {
            violations.at(pattern, PolicyText.of("rules.policy.source-kind", kind(source)));
        }
        return type;
    }

    private Class<?> factType(PatternDescr pattern) {
        String name = pattern.getObjectType();
        var type = model.type(name);
        if (type.isEmpty()) {
            violations.at(
                    pattern,
                    PolicyText.of(
                            name.contains(".")
                                    ? "rules.policy.not-a-fact-type-qualified"
                                    : "rules.policy.not-a-fact-type",
                            name,
                            model.typeNames()));
            return null;
        }
        return type.get();
    }

    private void identifier(PatternDescr pattern, Class<?> type) {
        String name = pattern.getIdentifier();
        if (name == null) {
            return;
        }
        if (pattern.isUnification()) {
            violations.at(pattern, PolicyText.of("rules.policy.unification-pattern"));
        } else if (checkedName(name, pattern)) {
            ExprType bound = type == null ? ExprType.anyValue() : ExprType.fact(type);
            if (!bindings.bindMatchedFact(name, bound)) {
                violations.at(pattern, twice(name));
            }
        }
    }

    private void constraint(ExprConstraintDescr constraint, Class<?> type, PatternDescr pattern) {
        String text = constraint.getExpression();
        Snippet code = expressions.locate(text, constraint, violations.offsetOf(pattern));
        Matcher binding = BINDING.matcher(text);
        if (!binding.find()) {
            expressions.check(code, type, CONSTRAINTS_ALLOWED);
            return;
        }
        String name = binding.group(1);
        if (binding.group(2).equals(":=")) {
            violations.at(code.start(), PolicyText.of("rules.policy.unification-constraint", name));
            return;
        }
        ExprType value = expressions.check(code.slice(binding.end(), text.length()), type, CONSTRAINTS_ALLOWED);
        if (checkedName(name, constraint) && !bindings.bind(name, value == null ? ExprType.anyValue() : value)) {
            violations.at(code.start(), twice(name));
        }
    }

    /** Whether a binding's name is allowed; says why not when it is not. */
    boolean checkedName(String name, BaseDescr where) {
        if (BINDING_NAME.matcher(name).matches()) {
            return true;
        }
        violations.at(where, PolicyText.of("rules.policy.binding-name", name));
        return false;
    }

    static PolicyText twice(String name) {
        return PolicyText.of("rules.policy.bound-twice", name);
    }

    static String kind(Object descr) {
        return descr.getClass().getSimpleName().replace("Descr", "").toLowerCase();
    }
}
