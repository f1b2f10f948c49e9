package io.blindspot.rules.store;

import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the published rule-set versions, for HR and administrators. */
@Service
@Transactional(readOnly = true)
public class RuleSetHistory {

    private final PublishedRuleSetRepository ruleSets;

    RuleSetHistory(PublishedRuleSetRepository ruleSets) {
        this.ruleSets = ruleSets;
    }

    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public Optional<RuleSetVersionSummary> latest() {
        return ruleSets.findFirstByOrderByVersionDesc().map(RuleSetVersionSummary::of);
    }

    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public List<RuleSetVersionSummary> all() {
        return ruleSets.findAllByOrderByVersionDesc().stream()
                .map(RuleSetVersionSummary::of)
                .toList();
    }
}
