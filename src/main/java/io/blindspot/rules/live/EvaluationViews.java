package io.blindspot.rules.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.rules.store.StoredEvaluation;
import io.blindspot.team.Team;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns a stored evaluation into what readers see, and evidence to and from its stored JSON. */
final class EvaluationViews {

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {};

    private final ObjectMapper json;

    EvaluationViews(ObjectMapper json) {
        this.json = json;
    }

    StoredTeamEvaluation of(Team team, StoredEvaluation e) {
        return new StoredTeamEvaluation(
                team.getId(),
                team.getName(),
                e.getRuleSet() == null ? null : e.getRuleSet().getVersion(),
                e.getEvaluatedAt(),
                e.getEvaluatedBy(),
                e.getStatus(),
                e.getErrorMessage(),
                e.getFindings().stream()
                        .map(f -> new StoredTeamEvaluation.FindingView(
                                f.getCode(),
                                f.getSeverity(),
                                f.getTitle(),
                                f.getExplanation(),
                                f.getRuleName(),
                                f.getMemberIds().isBlank()
                                        ? List.of()
                                        : Arrays.asList(f.getMemberIds().split(",")),
                                fromJson(f.getEvidence())))
                        .toList(),
                e.getActions().stream()
                        .map(a -> new StoredTeamEvaluation.ActionView(
                                a.getFindingCode(),
                                a.getAudience(),
                                a.getMemberId(),
                                a.getAction(),
                                a.getFirstStep(),
                                a.getCadence(),
                                a.getReference()))
                        .toList(),
                team.getMemberships().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                m -> m.getUser().getUsername(), m -> m.getUser().getDisplayName())));
    }

    String toJson(Map<String, Object> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence cannot be written as JSON", e);
        }
    }

    private Map<String, Object> fromJson(String evidence) {
        try {
            return json.readValue(evidence, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evidence is not JSON", e);
        }
    }
}
