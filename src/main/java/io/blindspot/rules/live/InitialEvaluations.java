package io.blindspot.rules.live;

import io.blindspot.base.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evaluates teams that were never evaluated, once the rule base is live, so the demo's facilitator
 * sees findings at once. On by default only with demo data.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "blindspot.rules.evaluate-new-teams-at-start", havingValue = "true")
class InitialEvaluations implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(InitialEvaluations.class);

    private final TeamEvaluationService evaluations;
    private final RuleBaseService ruleBase;

    InitialEvaluations(TeamEvaluationService evaluations, RuleBaseService ruleBase) {
        this.evaluations = evaluations;
        this.ruleBase = ruleBase;
    }

    @Override
    public void runAtStartup() {
        if (ruleBase.status().available()) {
            log.info(
                    "Evaluated {} team(s) that had no evaluation yet",
                    evaluations.evaluateTeamsNeverEvaluated("system"));
        }
    }
}
