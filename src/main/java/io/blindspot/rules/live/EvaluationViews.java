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
import io.blindspot.rules.store.StoredCoachingAction;
import io.blindspot.rules.store.StoredEvaluation;
import io.blindspot.rules.store.StoredFinding;
import io.blindspot.team.TeamRoster;
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

    StoredTeamEvaluation of(TeamRoster team, StoredEvaluation e) {
        return new StoredTeamEvaluation(
                team.id(),
                team.name(),
                e.getRuleSet() == null ? null : e.getRuleSet().getVersion(),
                e.getEvaluatedAt(),
                e.getEvaluatedBy(),
                e.getStatus(),
                e.getErrorMessage(),
                e.getFindings().stream().map(this::finding).map(FindingView::of).toList(),
                e.getActions().stream()
                        .map(EvaluationViews::action)
                        .map(ActionView::of)
                        .toList(),
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

    private static CoachingAction action(StoredCoachingAction a) {
        return new CoachingAction(
                a.getFindingCode(),
                Audience.valueOf(a.getAudience()),
                a.getMemberId(),
                a.getAction(),
                a.getFirstStep(),
                a.getCadence(),
                a.getReference());
    }

    private Map<String, Object> fromJson(String evidence) {
        try {
            return json.readValue(evidence, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evidence is not JSON", e);
        }
    }
}
