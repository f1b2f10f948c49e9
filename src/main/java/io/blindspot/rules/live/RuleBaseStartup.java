package io.blindspot.rules.live;

import io.blindspot.base.StartupStep;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the rule base after accounts and demo data, before anything evaluates a team; off only for
 * commands that read the database and must change nothing ({@code rules export}).
 */
@Component
@ConditionalOnProperty(name = "blindspot.rules.load-at-start", havingValue = "true", matchIfMissing = true)
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
