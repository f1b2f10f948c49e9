package io.blindspot.privacy;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;

/**
 * An erasure that was not done; the text tells the administrator why, in words they can act on and
 * in their language (the message is the English text, for logs).
 */
public class ErasureRefused extends RuntimeException implements Explained {

    private final String key;
    private final Object[] arguments;

    ErasureRefused(String key, Object... arguments) {
        super(Messages.english(key, arguments));
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
