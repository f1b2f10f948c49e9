package io.blindspot.rules.api;

import io.blindspot.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits requests to the rules API that Spring Security refused before they reached it (an
 * executive posting a change); refusals inside the API are audited by {@link RulesApi} itself.
 */
@Component
class RulesAccessAudit {

    private final AuditTrail audit;

    RulesAccessAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof HttpServletRequest request
                && request.getRequestURI().startsWith("/api/v1/rules")) {
            Authentication who = event.getAuthentication().get();
            audit.record(
                    who == null ? "anonymous" : who.getName(),
                    RulesApi.ACCESS_DENIED,
                    null,
                    "rule-set",
                    request.getMethod() + " " + request.getRequestURI());
        }
    }
}
