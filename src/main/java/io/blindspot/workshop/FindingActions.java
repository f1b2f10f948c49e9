package io.blindspot.workshop;

import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import java.util.List;

/**
 * The coaching actions that answer one finding: the one place a debrief maps a finding to its
 * actions. Until findings carry their own actions, the rules' actions are matched by finding code.
 */
final class FindingActions {

    private FindingActions() {}

    static List<ActionView> of(FindingView finding, List<ActionView> actions) {
        return actions.stream()
                .filter(a -> a.findingCode().equals(finding.code()))
                .toList();
    }
}
