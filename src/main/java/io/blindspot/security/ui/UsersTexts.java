package io.blindspot.security.ui;

import io.blindspot.base.Formats;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.ManagedAccount.Status;

/** Every word the users view shows, in one place, so it can move to resource bundles. */
final class UsersTexts {

    static final String TITLE = "Users";
    static final String SEARCH = "Search";
    static final String SEARCH_HINT = "Name, username or e-mail";
    static final String ROLE = "Role";
    static final String STATUS = "Status";
    static final String ACTIONS = "Actions";
    static final String ADD_PERSON = "Add person";
    static final String IMPORT = "Import from CSV";
    static final String NAME = "Name";
    static final String EMAIL = "E-mail";
    static final String USERNAME = "Username";
    static final String ROLES = "Roles";
    static final String CREATE = "Create account";
    static final String CANCEL = "Cancel";
    static final String SAVE_ROLES = "Save roles";
    static final String DEACTIVATE = "Deactivate";
    static final String REACTIVATE = "Reactivate";
    static final String RESET = "Reset password";
    static final String UNLOCK = "Unlock";
    static final String LINK = "One-time link to set the password";
    static final String ROLES_SAVED = "Roles saved.";
    static final String DEACTIVATED = "Deactivated: this person can no longer log in.";
    static final String REACTIVATED = "Reactivated: this person can log in again.";
    static final String UNLOCKED = "Unlocked: this person can try to log in again now.";
    static final String FIX_FIELDS = "Please correct the marked fields.";

    static String status(ManagedAccount account) {
        return switch (account.status()) {
            case ACTIVE -> "Active";
            case DEACTIVATED -> "Deactivated";
            case PAUSED -> "Paused until "
                    + Formats.dateTime(account.pausedUntil().orElseThrow());
        };
    }

    static String statusName(Status status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case DEACTIVATED -> "Deactivated";
        };
    }

    static String linkIssued(String username, boolean mailed, boolean mailConfigured) {
        String where = mailed
                ? "It has also been e-mailed."
                : mailConfigured
                        ? "It could not be e-mailed (no address, or the mail server refused it): send it yourself."
                        : "E-mail is not configured: send it yourself.";
        return "Copy this one-time link for '" + username + "' to set the password. " + where;
    }

    private UsersTexts() {}
}
