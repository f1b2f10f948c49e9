package io.blindspot.workshop;

import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import java.util.List;

/**
 * The coaching actions that answer one finding: the one place a debrief maps a finding to its
 * actions. Each finding carries its own (so two "missing style" findings each keep their own);
 * a debrief kept before findings carried them falls back to matching by finding code.
 */
final class FindingActions {

    private FindingActions() {}

    static List<ActionView> of(FindingView finding, List<ActionView> actions) {
        if (finding.coachingActions() != null && !finding.coachingActions().isEmpty()) {
            return finding.coachingActions();
        }
        return actions.stream()
                .filter(a -> a.findingIndex() == null && a.findingCode().equals(finding.code()))
                .toList();
    }
}
