package io.blindspot.rules.engine;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation gave.
 *
 * @param findings ordered by severity, then in the order they were raised
 * @param actions ordered as their findings
 * @param rulesFired how often each rule fired, in the order rules first fired
 * @param error why the evaluation was stopped (a limit was hit or a rule failed), naming the rule
 *     that fired most; {@code null} when it ran to the end. With an error the findings and actions
 *     are empty: a cut-off evaluation must not look like a complete one.
 */
public record SessionOutcome(
        List<Finding> findings,
        List<CoachingAction> actions,
        Map<String, Integer> rulesFired,
        Duration duration,
        String error) {

    public SessionOutcome {
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        rulesFired = Collections.unmodifiableMap(new LinkedHashMap<>(rulesFired));
    }

    public boolean failed() {
        return error != null;
    }
}
