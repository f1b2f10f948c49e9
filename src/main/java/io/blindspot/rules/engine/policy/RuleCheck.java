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
            violations.at(
                    rule,
                    "query \"" + rule.getName() + "\" is not allowed: queries are not needed (the "
                            + "portal reads findings and coaching actions), and their conditions run against every fact");
            return;
        }
        attributes(rule.getAttributes().values(), violations);
        if (!rule.getAnnotationNames().isEmpty()) {
            violations.at(
                    rule,
                    "annotations (@" + String.join(", @", rule.getAnnotationNames()) + ") are not allowed on rules");
        }
        if (rule.getParentName() != null) {
            violations.at(
                    rule,
                    "rule \"" + rule.getName() + "\" extends \"" + rule.getParentName()
                            + "\": extends is not allowed, write the conditions out in each rule");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            violations.at(rule, "named consequences (do[...], then[...]) are not allowed: write one rule per case");
        }
        Bindings bindings = new Bindings();
        bindings.bind("params", ExprType.fact(Parameters.class));
        if (rule.getLhs() != null) {
            new ConditionCheck(model, bindings, violations).check(rule.getLhs());
        }
        var updates = new ConsequenceCheck(model, bindings, violations).check(rule);
        if (!isTrue(rule, "no-loop") && !isTrue(rule, "lock-on-active")) {
            updates.forEach(update -> violations.at(
                    update.offset(),
                    "changing " + update.name() + ", which this "
                            + "rule matched, would trigger the rule again and again: add no-loop true to the rule"));
        }
    }

    /** Checks rule attributes, or a package's defaults for all its rules. */
    static void attributes(Collection<AttributeDescr> attributes, Violations violations) {
        for (AttributeDescr attribute : attributes) {
            String value =
                    attribute.getValue() == null ? "" : attribute.getValue().strip();
            String problem =
                    switch (attribute.getName()) {
                        case "salience" -> WHOLE_NUMBER.matcher(value).matches()
                                ? null
                                : "salience must be a whole number such as 50: an expression would run code for "
                                        + "every match";
                        case "no-loop", "lock-on-active" -> TRUE_OR_FALSE
                                        .matcher(value)
                                        .matches()
                                ? null
                                : attribute.getName() + " must be true or false";
                        case "enabled" -> TRUE_OR_FALSE.matcher(value).matches()
                                ? null
                                : "enabled must be true or false: an expression would run code";
                        case "dialect" -> value.equals("java")
                                ? null
                                : "dialect \"" + value + "\" is not allowed: rules use the Java dialect, remove the "
                                        + "dialect line";
                        default -> "the attribute " + attribute.getName() + " is not allowed: rules may use "
                                + "salience (a whole number), no-loop, lock-on-active, enabled (true or false) and "
                                + "dialect \"java\"";
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
