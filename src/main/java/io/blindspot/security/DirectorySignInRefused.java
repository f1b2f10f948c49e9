package io.blindspot.security;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;

/**
 * A company sign-on that Blindspot refuses; the text is for the person signing in, as a key so the
 * login page says it in their language (the message is the English text, for the log).
 */
public class DirectorySignInRefused extends RuntimeException implements Explained {

    private final String key;
    private final String[] arguments;

    DirectorySignInRefused(String key, String... arguments) {
        super(Messages.english(key, (Object[]) arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
