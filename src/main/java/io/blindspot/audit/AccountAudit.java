package io.blindspot.audit;

import io.blindspot.security.AccountCreated;
import io.blindspot.security.SetPasswordLinks.PasswordSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records account events of the security module, which sits below the audit trail and so announces
 * them instead of calling it. A plain listener runs in the publisher's transaction: the account and
 * its audit entry are stored together or not at all.
 */
@Component
class AccountAudit {

    private final AuditTrail audit;

    AccountAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void accountCreated(AccountCreated created) {
        audit.record(
                created.createdBy(),
                "ACCOUNT_CREATED",
                created.accountId(),
                "user:" + created.username(),
                created.note());
    }

    @EventListener
    void passwordSet(PasswordSet set) {
        audit.record(set.username(), "PASSWORD_SET", set.accountId(), "user:" + set.username(), "one-time link");
    }
}
