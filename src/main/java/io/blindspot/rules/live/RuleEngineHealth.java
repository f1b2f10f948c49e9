package io.blindspot.rules.live;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The health endpoint says whether a rule set is live, and if not, why. */
@Component("ruleEngine")
class RuleEngineHealth implements HealthIndicator {

    private final RuleBaseService ruleBase;

    RuleEngineHealth(RuleBaseService ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public Health health() {
        var status = ruleBase.status();
        if (!status.available()) {
            return Health.down()
                    .withDetail("reason", status.unavailableReason())
                    .build();
        }
        var health = Health.up().withDetail("liveVersion", status.liveVersion());
        if (status.rejection() != null) {
            health.withDetail("lastRejected", status.rejection().origin());
        }
        return health.build();
    }
}
