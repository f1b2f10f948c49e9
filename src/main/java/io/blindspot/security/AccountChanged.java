package io.blindspot.security;

/**
 * An administrator (or the person themself) changed an account. Published inside the changing
 * transaction, so the audit trail, which listens, stores its entry with the change or not at all.
 *
 * @param actor who changed it
 * @param action what, e.g. {@code ACCOUNT_DEACTIVATED}
 * @param detail the new state in a few words, never a password or a link
 */
public record AccountChanged(String actor, String action, long accountId, String username, String detail) {

    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String DEACTIVATED = "ACCOUNT_DEACTIVATED";
    public static final String REACTIVATED = "ACCOUNT_REACTIVATED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET_ISSUED";
    public static final String UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
}
