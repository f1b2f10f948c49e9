package io.blindspot.rules.engine.policy;

import io.blindspot.rules.facts.Parameters;
import java.util.Collection;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One rule: its attributes (only literal values — an expression in {@code salience} or {@code
 * enabled} is code run for every match), its conditions and its consequence. A rule that updates
 * or modifies a fact it matched must say {@code no-loop true}, or it would re-trigger itself.
 */
final class RuleCheck {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern TRUE_OR_FALSE = Pattern.compile("true|false");

    private final FactModel model;
    private final Violations violations;

    RuleCheck(FactModel model, Violations violations) {
        this.model = model;
        this.violations = violations;
    }

    void check(RuleDescr rule) {
        if (rule.isQuery()) {
            violations.at(rule, PolicyText.of("rules.policy.query", rule.getName()));
            return;
        }
        attributes(rule.getAttributes().values(), violations);
        if (!rule.getAnnotationNames().isEmpty()) {
            violations.at(
                    rule,
                    PolicyText.of(
                            "rules.policy.rule-annotations", "@" + String.join(", @", rule.getAnnotationNames())));
        }
        if (rule.getParentName() != null) {
            violations.at(rule, PolicyText.of("rules.policy.extends", rule.getName(), rule.getParentName()));
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            violations.at(rule, PolicyText.of("rules.policy.named-consequences"));
        }
        Bindings bindings = new Bindings();
        bindings.bind("params", ExprType.fact(Parameters.class));
        if (rule.getLhs() != null) {
            new ConditionCheck(model, bindings, violations).check(rule.getLhs());
        }
        var updates = new ConsequenceCheck(model, bindings, violations).check(rule);
        if (!isTrue(rule, "no-loop") && !isTrue(rule, "lock-on-active")) {
            updates.forEach(
                    update -> violations.at(update.offset(), PolicyText.of("rules.policy.no-loop", update.name())));
        }
    }

    /** Checks rule attributes, or a package's defaults for all its rules. */
    static void attributes(Collection<AttributeDescr> attributes, Violations violations) {
        for (AttributeDescr attribute : attributes) {
            String value =
                    attribute.getValue() == null ? "" : attribute.getValue().strip();
            PolicyText problem =
                    switch (attribute.getName()) {
                        case "salience" -> WHOLE_NUMBER.matcher(value).matches()
                                ? null
                                : PolicyText.of("rules.policy.salience");
                        case "no-loop", "lock-on-active" -> TRUE_OR_FALSE
                                        .matcher(value)
                                        .matches()
                                ? null
                                : PolicyText.of("rules.policy.true-or-false", attribute.getName());
                        case "enabled" -> TRUE_OR_FALSE.matcher(value).matches()
                                ? null
                                : PolicyText.of("rules.policy.enabled");
                        case "dialect" -> value.equals("java") ? null : PolicyText.of("rules.policy.dialect", value);
                        default -> PolicyText.of("rules.policy.attribute", attribute.getName());
                    };
            if (problem != null) {
                violations.at(attribute, problem);
            }
        }
    }

    private static boolean isTrue(RuleDescr rule, String attribute) {
        AttributeDescr descr = rule.getAttributes().get(attribute);
        return descr != null && "true".equals(descr.getValue().strip());
    }
}
