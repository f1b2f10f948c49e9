package io.blindspot.rules.live;

import io.blindspot.rules.Evaluation;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import io.blindspot.rules.store.PublishedRuleSet;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** Evaluates a team given inline (not stored), for integrations, "what if" questions and workshops. */
@Service
@NamedInterface("evaluation")
public class InlineEvaluationService {

    private final RuleBaseService ruleBase;

    InlineEvaluationService(RuleBaseService ruleBase) {
        this.ruleBase = ruleBase;
    }

    @RolesAllowed({Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public Result evaluate(TeamInput team) {
        var evaluation = ruleBase.evaluate(team);
        return new Result(versionOf(evaluation), evaluation);
    }

    /**
     * The same evaluation as readers see findings (each with its own coaching actions), for a
     * workshop's debrief. No role check: the workshop service decides who may see the team first,
     * and keeps what it got with its version.
     *
     * @throws RuleEngineUnavailable when no rule set is live
     */
    public Views evaluateAsViews(TeamInput team) {
        Evaluation evaluation = ruleBase.evaluate(team);
        var views = StoredTeamEvaluation.Views.of(evaluation);
        return new Views(versionOf(evaluation), views.findings(), views.coachingActions(), evaluation.error());
    }

    /** The rule-set version that is live now, 0 when none is. */
    public int liveVersion() {
        return ruleBase.status().liveVersion();
    }

    /** The version that produced it, not whatever went live meanwhile. */
    private int versionOf(Evaluation evaluation) {
        return ruleBase.storedVersionOf(evaluation)
                .map(PublishedRuleSet::getVersion)
                .orElse(ruleBase.status().liveVersion());
    }

    /** An evaluation with the stored rule-set version number that produced it. */
    @NamedInterface("evaluation")
    public record Result(int ruleSetVersion, Evaluation evaluation) {}

    /** An evaluation as findings and actions are shown, with the version that produced it. */
    @NamedInterface("evaluation")
    public record Views(int ruleSetVersion, List<FindingView> findings, List<ActionView> actions, String error) {}
}
