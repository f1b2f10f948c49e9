package io.blindspot.security;

import java.util.List;

/**
 * A change to an account that its rules forbid, e.g. taking the last active administrator's role.
 * The message says why in English; {@link #reason} and {@link #arguments} let a view say it in the
 * person's language.
 */
public class AccountChangeRefused extends RuntimeException {

    /** Why an account change or a new person was refused; the arguments each reason carries are noted. */
    public enum Reason {
        /** the new person's fields: see the problems */
        INVALID,
        NAME_MISSING,
        NAME_TOO_LONG,
        /** {0} the address */
        EMAIL_INVALID,
        /** {0} the address */
        EMAIL_TAKEN,
        USERNAME_MISSING,
        USERNAME_INVALID,
        /** {0} the username */
        USERNAME_TAKEN,
        NO_ROLE,
        /** {0} the person's name */
        LAST_ADMIN_ROLE,
        /** {0} the person's name */
        LAST_ADMIN_DEACTIVATE,
        GONE
    }

    private final Reason reason;
    private final List<Object> arguments;

    public AccountChangeRefused(String message) {
        this(Reason.INVALID, message);
    }

    AccountChangeRefused(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
