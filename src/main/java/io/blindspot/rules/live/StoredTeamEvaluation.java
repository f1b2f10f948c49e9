package io.blindspot.rules.live;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A stored evaluation of a team as readers (API, debrief) see it: with the rule-set version that
 * produced it, so it can be reproduced after the rules change.
 */
@NamedInterface("evaluation")
public record StoredTeamEvaluation(
        long teamId,
        String teamName,
        Integer ruleSetVersion,
        Instant evaluatedAt,
        String evaluatedBy,
        String status,
        String error,
        List<FindingView> findings,
        List<ActionView> coachingActions,
        Map<String, String> memberNames) {

    /** The display name behind a member id, or the id when the member has left the team. */
    public String nameOf(String memberId) {
        return memberNames.getOrDefault(memberId, memberId);
    }

    /** The coaching actions that answer one finding code. */
    public List<ActionView> actionsFor(String findingCode) {
        return coachingActions.stream()
                .filter(a -> a.findingCode().equals(findingCode))
                .toList();
    }

    @NamedInterface("evaluation")
    public record FindingView(
            String code,
            String severity,
            String title,
            String explanation,
            String rule,
            List<String> memberIds,
            Map<String, Object> evidence) {

        /** The one mapping from a finding to what the API and the views show, fresh or stored. */
        public static FindingView of(Finding finding) {
            return new FindingView(
                    finding.code(),
                    finding.severity().name(),
                    finding.title(),
                    finding.explanation(),
                    finding.rule(),
                    finding.memberIds(),
                    finding.evidence());
        }
    }

    @NamedInterface("evaluation")
    public record ActionView(
            String findingCode,
            String audience,
            String memberId,
            String action,
            String firstStep,
            String cadence,
            String reference) {

        /** The one mapping from a coaching action to what the API and the views show, fresh or stored. */
        public static ActionView of(CoachingAction action) {
            return new ActionView(
                    action.findingCode(),
                    action.audience().name(),
                    action.memberId(),
                    action.action(),
                    action.firstStep(),
                    action.cadence(),
                    action.seedIdea());
        }
    }
}
