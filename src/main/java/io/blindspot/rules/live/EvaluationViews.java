package io.blindspot.rules.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Severity;
import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import io.blindspot.rules.live.StoredTeamEvaluation.Views;
import io.blindspot.rules.store.StoredCoachingAction;
import io.blindspot.rules.store.StoredEvaluation;
import io.blindspot.rules.store.StoredFinding;
import io.blindspot.team.TeamRoster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored evaluation into what readers see, and evidence to and from its stored JSON. Stored
 * rows become findings and actions again, so they take the same mapping to views as fresh ones.
 */
final class EvaluationViews {

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {};

    private final ObjectMapper json;

    EvaluationViews(ObjectMapper json) {
        this.json = json;
    }

    StoredTeamEvaluation of(TeamRoster team, StoredEvaluation e, boolean stale) {
        List<Finding> findings = e.getFindings().stream().map(this::finding).toList();
        List<ActionView> actions =
                e.getActions().stream().map(a -> action(a, findings)).toList();
        List<FindingView> findingViews = new ArrayList<>();
        for (int index = 0; index < findings.size(); index++) {
            findingViews.add(FindingView.of(findings.get(index), Views.answering(actions, index)));
        }
        return new StoredTeamEvaluation(
                team.id(),
                team.name(),
                e.getRuleSet() == null ? null : e.getRuleSet().getVersion(),
                e.getEvaluatedAt(),
                e.getEvaluatedBy(),
                e.getStatus(),
                e.getErrorMessage(),
                e.getCompletedResults(),
                e.getTeamSize(),
                stale,
                findingViews,
                actions,
                team.displayNames());
    }

    String toJson(Map<String, Object> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence cannot be written as JSON", e);
        }
    }

    private Finding finding(StoredFinding f) {
        List<String> memberIds = f.getMemberIds().isBlank()
                ? List.of()
                : Arrays.asList(f.getMemberIds().split(","));
        return new Finding(
                f.getCode(),
                Severity.valueOf(f.getSeverity()),
                f.getTitle(),
                f.getExplanation(),
                memberIds,
                fromJson(f.getEvidence()),
                f.getRuleName());
    }

    /**
     * Evaluations stored before actions named their finding tie an action to the first finding with
     * its code, so each action is still shown once.
     */
    private static ActionView action(StoredCoachingAction a, List<Finding> findings) {
        Integer index = a.getFindingIndex();
        if (index == null) {
            for (int i = 0; i < findings.size() && index == null; i++) {
                if (findings.get(i).code().equals(a.getFindingCode())) {
                    index = i;
                }
            }
        }
        var action = new CoachingAction(
                a.getFindingCode(),
                Audience.valueOf(a.getAudience()),
                a.getMemberId(),
                a.getAction(),
                a.getFirstStep(),
                a.getCadence(),
                a.getReference(),
                null);
        return ActionView.of(action, index);
    }

    private Map<String, Object> fromJson(String evidence) {
        try {
            return json.readValue(evidence, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evidence is not JSON", e);
        }
    }
}
