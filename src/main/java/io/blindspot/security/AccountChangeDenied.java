package io.blindspot.security;

/**
 * An administrator asked for an account change its rules refuse (the last active administrator
 * losing the role or being deactivated). Published before the refusal rolls the change back, for
 * the audit trail, which stores it in a transaction of its own.
 *
 * @param actor who asked
 * @param attempted what they asked for, e.g. {@code ROLES_CHANGED}
 * @param reason why it was refused, in a few words
 */
public record AccountChangeDenied(String actor, String attempted, long accountId, String username, String reason) {

    /** The audit trail's action for a refused account change. */
    public static final String ACTION = "ACCOUNT_CHANGE_REFUSED";
}
