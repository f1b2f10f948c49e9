package io.blindspot.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.security.AccountChangeRefused;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.ManagedAccount.Status;
import io.blindspot.security.Role;

/** The users view's texts built from parts (roles, statuses, the link note), in the person's language. */
final class UsersTexts {

    /** A role's name; the keys are {@code security.role.<constant>} (SecurityTextKeysTest checks every one). */
    static String role(Role role) {
        return I18NProvider.translate("security.role." + role.name());
    }

    static String status(ManagedAccount account) {
        return account.status() == Status.PAUSED
                ? I18NProvider.translate(
                        "security.users.paused-until",
                        LocalDates.dateTime(account.pausedUntil().orElseThrow()))
                : statusName(account.status());
    }

    /** The keys are {@code security.users.status.<constant>} (SecurityTextKeysTest checks every one). */
    static String statusName(Status status) {
        return I18NProvider.translate("security.users.status." + status.name());
    }

    static String linkIssued(String username, boolean mailed, boolean mailConfigured) {
        String where = mailed
                ? I18NProvider.translate("security.users.link-mailed")
                : mailConfigured
                        ? I18NProvider.translate("security.users.link-not-mailed")
                        : I18NProvider.translate("security.users.mail-off");
        return I18NProvider.translate("security.users.link-issued", username, where);
    }

    /** Why a change was refused; the keys are {@code security.users.refused.<Reason>} (SecurityTextKeysTest). */
    static String refusal(AccountChangeRefused.Reason reason, Object... arguments) {
        return I18NProvider.translate("security.users.refused." + reason.name(), arguments);
    }

    private UsersTexts() {}
}
