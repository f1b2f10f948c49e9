package io.blindspot.rules;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.util.List;

/**
 * One finding with the coaching actions that answer it, and only those: two findings with the same
 * code (nobody high in I, nobody high in S) each have their own.
 */
public record FindingActions(Finding finding, List<CoachingAction> actions) {

    public FindingActions {
        actions = List.copyOf(actions);
    }
}
