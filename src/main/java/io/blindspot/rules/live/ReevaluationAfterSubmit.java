package io.blindspot.rules.live;

import io.blindspot.assessment.AssessmentSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a member submits (a first result or a retake), the teams they belong to are evaluated again
 * once the submit is committed, on another thread, so the person submitting does not wait for the
 * rule engine and the facilitator's next look shows the new result.
 */
@Component
class ReevaluationAfterSubmit {

    private static final Logger log = LoggerFactory.getLogger(ReevaluationAfterSubmit.class);

    private final TeamEvaluationService evaluations;
    private final RuleBaseService ruleBase;

    ReevaluationAfterSubmit(TeamEvaluationService evaluations, RuleBaseService ruleBase) {
        this.evaluations = evaluations;
        this.ruleBase = ruleBase;
    }

    @ApplicationModuleListener
    void on(AssessmentSubmitted submitted) {
        if (!ruleBase.status().available()) {
            // the stored evaluation no longer matches the results, so readers see it marked stale
            log.warn("Teams of {} not evaluated again: the rule engine is unavailable", submitted.username());
            return;
        }
        int count = evaluations.reevaluateTeamsOf(submitted.userId(), "system");
        log.info("Evaluated {} team(s) again after {} submitted", count, submitted.username());
    }
}
