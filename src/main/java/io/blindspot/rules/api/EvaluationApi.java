package io.blindspot.rules.api;

import io.blindspot.base.ApiErrors;
import io.blindspot.rules.live.InlineEvaluationService;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.rules.live.StoredTeamEvaluation;
import io.blindspot.rules.live.TeamEvaluationService;
import io.blindspot.rules.live.TeamNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule base over HTTP. Roles are enforced by the services; bad input is a 400 naming each field. */
@RestController
@RequestMapping("/api/v1")
class EvaluationApi {

    private final InlineEvaluationService inline;
    private final TeamEvaluationService stored;

    EvaluationApi(InlineEvaluationService inline, TeamEvaluationService stored) {
        this.inline = inline;
        this.stored = stored;
    }

    @PostMapping(path = "/evaluations", consumes = "application/json")
    ResponseEntity<?> evaluate(@RequestBody(required = false) String body) {
        InlineTeamRequest.Parsed parsed = InlineTeamRequest.parse(body);
        if (!parsed.errors().isEmpty()) {
            return badRequest(parsed.errors());
        }
        var result = inline.evaluate(parsed.team());
        var evaluation = result.evaluation();
        if (!evaluation.succeeded()) {
            return ApiErrors.body(HttpStatus.INTERNAL_SERVER_ERROR, "evaluation-failed", evaluation.error());
        }
        var response = new LinkedHashMap<String, Object>();
        response.put("ruleSetVersion", result.ruleSetVersion());
        var views = StoredTeamEvaluation.Views.of(evaluation);
        response.put("findings", views.findings());
        response.put("coachingActions", views.coachingActions());
        return ResponseEntity.ok(response);
    }

    @GetMapping("/teams/{id}/evaluation")
    StoredTeamEvaluation latest(@PathVariable long id) {
        return stored.latestEvaluation(id);
    }

    @ExceptionHandler(RuleEngineUnavailable.class)
    ResponseEntity<Map<String, Object>> unavailable(RuleEngineUnavailable e) {
        return ApiErrors.body(HttpStatus.SERVICE_UNAVAILABLE, "rule-engine-unavailable", e.getMessage());
    }

    @ExceptionHandler(TeamNotFound.class)
    ResponseEntity<Map<String, Object>> notFound(TeamNotFound e) {
        return ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> badRequest(List<InlineTeamRequest.FieldError> errors) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", 400);
        body.put("error", "invalid-request");
        body.put("message", errors.size() + " problem(s) in the request");
        body.put("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }
}
