package io.blindspot.rules.live;

import io.blindspot.base.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the rule base after accounts and demo data, before anything evaluates a team. */
@Component
@Order(20)
class RuleBaseStartup implements StartupStep {

    private final RuleBaseService ruleBase;

    RuleBaseStartup(RuleBaseService ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public void runAtStartup() {
        ruleBase.loadAtStartUp();
    }
}
