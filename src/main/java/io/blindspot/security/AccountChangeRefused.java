package io.blindspot.security;

/** A change to an account that its rules forbid, e.g. taking the last active administrator's role; the message says why. */
public class AccountChangeRefused extends RuntimeException {

    public AccountChangeRefused(String message) {
        super(message);
    }
}
