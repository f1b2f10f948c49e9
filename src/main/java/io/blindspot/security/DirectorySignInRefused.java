package io.blindspot.security;

/** A company sign-on that Blindspot refuses; the message is for the person signing in. */
public class DirectorySignInRefused extends RuntimeException {

    public DirectorySignInRefused(String message) {
        super(message);
    }
}
