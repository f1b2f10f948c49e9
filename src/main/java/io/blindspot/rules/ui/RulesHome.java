package io.blindspot.rules.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.rules.store.RuleSetHistory;
import io.blindspot.security.Role;
import org.springframework.security.core.Authentication;

/** HR sees on the home page which rule set is live and whether a change was refused. */
@SpringComponent
class RulesHome implements HomeSection {

    private final RuleSetHistory ruleSets;
    private final RuleBaseService ruleBase;

    RulesHome(RuleSetHistory ruleSets, RuleBaseService ruleBase) {
        this.ruleSets = ruleSets;
        this.ruleBase = ruleBase;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean appliesTo(Authentication user) {
        return Role.HR.heldBy(user);
    }

    @Override
    public Component create() {
        return new RulesHomeSection(ruleSets.latest(), ruleBase.status());
    }
}
