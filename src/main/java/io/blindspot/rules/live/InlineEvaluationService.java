package io.blindspot.rules.live;

import io.blindspot.rules.Evaluation;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.store.PublishedRuleSet;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/** Evaluates a team given inline (not stored), for integrations and "what if" questions. */
@Service
public class InlineEvaluationService {

    private final RuleBaseService ruleBase;

    InlineEvaluationService(RuleBaseService ruleBase) {
        this.ruleBase = ruleBase;
    }

    @RolesAllowed({Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public Result evaluate(TeamInput team) {
        var evaluation = ruleBase.evaluate(team);
        // the version that produced it, not whatever went live meanwhile
        int version = ruleBase.storedVersionOf(evaluation)
                .map(PublishedRuleSet::getVersion)
                .orElse(ruleBase.status().liveVersion());
        return new Result(version, evaluation);
    }

    /** An evaluation with the stored rule-set version number that produced it. */
    public record Result(int ruleSetVersion, Evaluation evaluation) {}
}
