package io.blindspot.base;

/**
 * A step that is not possible now (revealing before enough people answered, adding people after
 * the reveal), as a text key so a view can say it in the person's language; the message is the
 * English text. It is an {@link IllegalStateException}, so the API answers it with 409.
 */
public class StateRefused extends IllegalStateException implements Explained {

    private final String key;
    private final Object[] arguments;

    public StateRefused(String key, Object... arguments) {
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
