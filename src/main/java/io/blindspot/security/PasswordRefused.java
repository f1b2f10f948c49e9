package io.blindspot.security;

/**
 * A password that may not be used, with the reason as a code a view can put into the person's
 * language; the message is the English text for logs and callers without a view.
 */
public class PasswordRefused extends IllegalArgumentException {

    /** Why the password was refused. */
    public enum Reason {
        TOO_SHORT,
        IS_USERNAME,
        TOO_COMMON,
        WRONG_CURRENT
    }

    private final Reason reason;

    PasswordRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
