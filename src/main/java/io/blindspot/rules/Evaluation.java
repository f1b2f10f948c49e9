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
 * @param actions coaching actions, ordered as their findings; each names the one finding it answers
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

    /** The coaching actions answering this one finding (not every finding with its code). */
    public List<CoachingAction> actionsFor(Finding finding) {
        int index = indexOf(finding);
        return actions.stream().filter(a -> findingIndexOf(a) == index).toList();
    }

    /**
     * Where in {@link #findings()} the finding an action answers is; -1 when it answers none of them
     * (a rule built an action for a finding it never inserted).
     */
    public int findingIndexOf(CoachingAction action) {
        return action.finding() == null ? -1 : indexOf(action.finding());
    }

    // identity first: equal-looking findings raised twice are still two findings
    private int indexOf(Finding finding) {
        for (int index = 0; index < findings.size(); index++) {
            if (findings.get(index) == finding) {
                return index;
            }
        }
        return findings.indexOf(finding);
    }

    /** Each finding with its own coaching actions, in the order of {@link #findings()}. */
    public List<FindingActions> findingsWithActions() {
        return findings.stream().map(f -> new FindingActions(f, actionsFor(f))).toList();
    }
}
