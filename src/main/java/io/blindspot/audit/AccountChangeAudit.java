package io.blindspot.audit;

import io.blindspot.security.AccountChangeDenied;
import io.blindspot.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what administrators (and people themselves) change on accounts: roles, deactivation,
 * password links, unlocks, own password changes. A plain listener, so the entry is stored in the
 * changing transaction: no change without its entry, no entry for a change that rolled back. A
 * refused change (the last administrator kept) is stored in a transaction of its own, as the
 * refusal rolls the caller's back.
 */
@Component
class AccountChangeAudit {

    private final AuditTrail audit;

    AccountChangeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void accountChanged(AccountChanged changed) {
        audit.record(
                changed.actor(), changed.action(), changed.accountId(), "user:" + changed.username(), changed.detail());
    }

    @EventListener
    void accountChangeDenied(AccountChangeDenied denied) {
        audit.recordRefusal(
                denied.actor(),
                AccountChangeDenied.ACTION,
                denied.accountId(),
                "user:" + denied.username(),
                denied.attempted() + " refused: " + denied.reason());
    }
}
