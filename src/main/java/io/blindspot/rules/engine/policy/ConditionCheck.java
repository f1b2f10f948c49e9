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
            violations.at(
                    condition,
                    "eval( ... ) is not allowed: write the test as a constraint in a pattern, "
                            + "e.g. Team( completed >= params.minimumTeamSize )");
        } else {
            violations.at(
                    condition,
                    "this kind of condition (" + kind(condition) + ") is not allowed: rules use "
                            + "patterns with and, or, not, exists, forall, from a fact's property and accumulate");
        }
    }

    private void pattern(PatternDescr pattern) {
        if (!pattern.getAnnotationNames().isEmpty()) {
            violations.at(
                    pattern,
                    "annotations (@" + String.join(", @", pattern.getAnnotationNames())
                            + ") are not allowed on patterns");
        }
        if (!pattern.getBehaviors().isEmpty()) {
            violations.at(pattern, "windows (over window:...) are not allowed: rules see one team at a time");
        }
        if (pattern.isQuery()) {
            violations.at(pattern, "calling a query is not allowed: match the facts with a pattern");
            return;
        }
        Class<?> type = source(pattern);
        identifier(pattern, type);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression
                    && expression.getType() == ExprConstraintDescr.Type.NAMED) {
                constraint(expression, type, pattern);
            } else if (constraint instanceof ExprConstraintDescr) {
                violations.at(
                        constraint,
                        "positional constraints are not allowed: name the property, e.g. "
                                + "TeamMember( role == \"LEADER\" )");
            } else {
                violations.at(constraint, "this kind of constraint (" + kind(constraint) + ") is not allowed");
            }
        }
    }

    /** Checks where the pattern reads from, and returns the type its constraints see (null: none). */
    private Class<?> source(PatternDescr pattern) {
        PatternSourceDescr source = pattern.getSource();
        if (source instanceof AccumulateDescr accumulate) {
            new AccumulateCheck(bindings, violations, expressions, this).check(accumulate, pattern);
            if (!pattern.getObjectType().equals("Object")) {
                violations.at(
                        pattern,
                        "the result of accumulate is bound by name, not matched as "
                                + pattern.getObjectType()
                                + ": write accumulate( $m : TeamMember( ... ); $n : count( $m ); "
                                + "$n >= 3 )");
            }
            return null;
        }
        Class<?> type = factType(pattern);
        if (source instanceof FromDescr from) {
            expressions.fromSource(from, pattern);
        } else if (source instanceof CollectDescr) {
            violations.at(
                    pattern,
                    "collect is not allowed: use accumulate( $m : TeamMember( ... ); "
                            + "$ids : collectList( $m.memberId() ) )");
        } else if (source != null) {
            violations.at(
                    pattern,
                    "reading facts " + kind(source) + " is not allowed: every fact is in working "
                            + "memory; match it with a pattern, or read a property with from $fact.property");
        }
        return type;
    }

    private Class<?> factType(PatternDescr pattern) {
        String name = pattern.getObjectType();
        var type = model.type(name);
        if (type.isEmpty()) {
            violations.at(
                    pattern,
                    "'" + name + "' is not a fact type"
                            + (name.contains(".") ? " (fully qualified names are not allowed)" : "")
                            + ": patterns match " + model.typeNames());
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
            violations.at(pattern, "unification (:=) is not allowed: bind with $name : Type( ... )");
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
            violations.at(code.start(), "unification (:=) is not allowed: bind with " + name + " : property");
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
        violations.at(where, "bind with a name of $ and letters, digits or _, e.g. $team : ... (not " + name + ")");
        return false;
    }

    static String twice(String name) {
        return name + " is bound twice in this rule: give each binding its own name";
    }

    static String kind(Object descr) {
        return descr.getClass().getSimpleName().replace("Descr", "").toLowerCase();
    }
}
