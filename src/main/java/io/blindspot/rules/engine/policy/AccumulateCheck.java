package io.blindspot.rules.engine.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateDescr.AccumulateFunctionCallDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * {@code accumulate( pattern; $x : function( argument ), ...; constraint )} with the built-in
 * functions only. Inline accumulate code ({@code init}, {@code action}, {@code reverse}, {@code
 * result}) is Java run for every fact, so it is refused.
 */
final class AccumulateCheck {

    /** The functions rules may use, and what each binds. */
    private static final Map<String, ExprType> FUNCTIONS = Map.of(
            "collectList", ExprType.collection(List.class),
            "count", ExprType.value(Long.class),
            "min", ExprType.value(Number.class),
            "max", ExprType.value(Number.class),
            "sum", ExprType.value(Number.class),
            "average", ExprType.value(Number.class));

    private static PolicyText functionsAllowed() {
        return PolicyText.of("rules.policy.accumulate-functions");
    }

    private final Bindings bindings;
    private final Violations violations;
    private final Expressions expressions;
    private final ConditionCheck conditions;

    AccumulateCheck(Bindings bindings, Violations violations, Expressions expressions, ConditionCheck conditions) {
        this.bindings = bindings;
        this.violations = violations;
        this.expressions = expressions;
        this.conditions = conditions;
    }

    void check(AccumulateDescr accumulate, PatternDescr result) {
        if (accumulate instanceof GroupByDescr) {
            violations.at(result, PolicyText.of("rules.policy.groupby", functionsAllowed()));
            return;
        }
        if (accumulate.getInitCode() != null
                || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null
                || accumulate.getResultCode() != null) {
            violations.at(
                    inlineCode(accumulate, result), PolicyText.of("rules.policy.accumulate-code", functionsAllowed()));
            return;
        }
        if (accumulate.getInput() != null) {
            conditions.check(accumulate.getInput());
        }
        int searchFrom = Math.max(0, violations.offsetOf(accumulate));
        for (AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            searchFrom = function(function, accumulate, searchFrom);
        }
    }

    private int function(AccumulateFunctionCallDescr function, AccumulateDescr accumulate, int searchFrom) {
        int at = Math.max(searchFrom, violations.find(function.getFunction() + "(", searchFrom));
        ExprType result = FUNCTIONS.get(function.getFunction());
        if (result == null || function.isUnification()) {
            violations.at(
                    at, PolicyText.of("rules.policy.accumulate-function", function.getFunction(), functionsAllowed()));
            return at;
        }
        for (String argument : function.getParams()) {
            Snippet code = expressions.locateAfter(argument, at);
            if (code.start() >= at) {
                at = code.start();
            }
            expressions.check(code, null, functionsAllowed().english());
        }
        String name = function.getBind();
        if (name != null && conditions.checkedName(name, accumulate) && !bindings.bind(name, result)) {
            violations.at(at, ConditionCheck.twice(name));
        }
        return at;
    }

    /** Where the inline code starts in the file. */
    private int inlineCode(AccumulateDescr accumulate, PatternDescr result) {
        int from = Math.max(0, violations.offsetOf(accumulate));
        return Stream.of(
                        accumulate.getInitCode(),
                        accumulate.getActionCode(),
                        accumulate.getReverseCode(),
                        accumulate.getResultCode())
                .filter(code -> code != null && !code.isBlank())
                .mapToInt(code -> violations.find(code, from))
                .filter(offset -> offset >= 0)
                .min()
                .orElse(violations.offsetOf(result));
    }
}
