package io.blindspot.rules.live;

import io.blindspot.rules.Evaluation;
import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A stored evaluation of a team as readers (API, debrief) see it: with the rule-set version that
 * produced it, so it can be reproduced after the rules change, and what it was computed from.
 *
 * <p>Each finding carries its own coaching actions ({@link FindingView#coachingActions()}); that is
 * the mapping a debrief should use. The flat {@code coachingActions} list stays for older API
 * clients, each action naming its finding by {@code findingIndex}.
 *
 * @param completedResults how many members' results the evaluation used; null for evaluations
 *     stored before this was recorded
 * @param teamSize members in the team when it was evaluated; null likewise
 * @param stale true when the team's results or members changed since and the evaluation could not
 *     be repeated (the rule engine was unavailable); a stale evaluation is never current
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
        Integer completedResults,
        Integer teamSize,
        boolean stale,
        List<FindingView> findings,
        List<ActionView> coachingActions,
        Map<String, String> memberNames) {

    /** The display name behind a member id, or the id when the member has left the team. */
    public String nameOf(String memberId) {
        return memberNames.getOrDefault(memberId, memberId);
    }

    /**
     * A finding with its own coaching actions.
     *
     * @param coachingActions the actions answering this finding and no other
     */
    @NamedInterface("evaluation")
    public record FindingView(
            String code,
            String severity,
            String title,
            String explanation,
            String rule,
            List<String> memberIds,
            Map<String, Object> evidence,
            List<ActionView> coachingActions) {

        public FindingView {
            coachingActions = List.copyOf(coachingActions);
        }

        /** The one mapping from a finding and its actions to what the API and the views show. */
        public static FindingView of(Finding finding, List<ActionView> actions) {
            return new FindingView(
                    finding.code(),
                    finding.severity().name(),
                    finding.title(),
                    finding.explanation(),
                    finding.rule(),
                    finding.memberIds(),
                    finding.evidence(),
                    actions);
        }
    }

    /**
     * A coaching action.
     *
     * @param findingIndex the position in {@code findings} of the finding this answers; null when
     *     not known (an evaluation stored before actions were tied to one finding)
     */
    @NamedInterface("evaluation")
    public record ActionView(
            String findingCode,
            Integer findingIndex,
            String audience,
            String memberId,
            String action,
            String firstStep,
            String cadence,
            String reference) {

        /** The one mapping from a coaching action to what the API and the views show. */
        public static ActionView of(CoachingAction action, Integer findingIndex) {
            return new ActionView(
                    action.findingCode(),
                    findingIndex,
                    action.audience().name(),
                    action.memberId(),
                    action.action(),
                    action.firstStep(),
                    action.cadence(),
                    action.seedIdea());
        }
    }

    /** Findings and actions of a fresh evaluation, as the API shows them. */
    @NamedInterface("evaluation")
    public record Views(List<FindingView> findings, List<ActionView> coachingActions) {

        public static Views of(Evaluation evaluation) {
            List<ActionView> actions = new ArrayList<>();
            for (CoachingAction action : evaluation.actions()) {
                int index = evaluation.findingIndexOf(action);
                actions.add(ActionView.of(action, index < 0 ? null : index));
            }
            List<FindingView> findings = new ArrayList<>();
            for (int index = 0; index < evaluation.findings().size(); index++) {
                findings.add(FindingView.of(evaluation.findings().get(index), answering(actions, index)));
            }
            return new Views(findings, actions);
        }

        static List<ActionView> answering(List<ActionView> actions, int findingIndex) {
            return actions.stream()
                    .filter(a -> a.findingIndex() != null && a.findingIndex() == findingIndex)
                    .toList();
        }
    }
}
