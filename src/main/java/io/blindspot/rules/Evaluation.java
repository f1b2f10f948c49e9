package io.blindspot.rules;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of evaluating one team.
 *
 * @param ruleSetVersion the content hash of the rule set that produced it, so a debrief can be
 *     reproduced after the rules change; {@code ""} when no rule set was available
 * @param findings ordered by severity, then in the order raised
 * @param actions coaching actions, ordered as their findings
 * @param rulesFired rule name → how often it fired
 * @param error why there is no result (no rule set is live, or a limit was hit, naming the rule
 *     that fired most); {@code null} on success, and then findings and actions are complete
 */
public record Evaluation(
        String ruleSetVersion,
        List<Finding> findings,
        List<CoachingAction> actions,
        Map<String, Integer> rulesFired,
        Duration duration,
        String error) {

    public Evaluation {
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        rulesFired = Collections.unmodifiableMap(new LinkedHashMap<>(rulesFired));
    }

    static Evaluation failed(String ruleSetVersion, String error) {
        return new Evaluation(ruleSetVersion, List.of(), List.of(), Map.of(), Duration.ZERO, error);
    }

    public boolean succeeded() {
        return error == null;
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(error);
    }

    /** The findings with the given code. */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The coaching actions answering findings with the given code. */
    public List<CoachingAction> actions(String code) {
        return actions.stream().filter(a -> a.findingCode().equals(code)).toList();
    }
}
