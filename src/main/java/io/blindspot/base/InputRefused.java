package io.blindspot.base;

/**
 * Input a service will not take (a missing name, a date in the wrong order), as a text key so a
 * view can say it in the person's language. The message is the English text, prefixed by the
 * field when there is one ({@code "title: give the workshop a name"}), as the HTTP API returns it.
 * It is an {@link IllegalArgumentException}, so the API answers it with 400 like any bad input.
 */
public class InputRefused extends IllegalArgumentException implements Explained {

    private final String field;
    private final String key;
    private final Object[] arguments;

    public InputRefused(String key, Object... arguments) {
        this(null, key, arguments);
    }

    private InputRefused(String field, String key, Object... arguments) {
        super((field == null ? "" : field + ": ") + Messages.english(key, arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Refused input of one named field; the English message starts with the field's name. */
    public static InputRefused ofField(String field, String key, Object... arguments) {
        return new InputRefused(field, key, arguments);
    }

    /** The field the refusal is about, or null. */
    public String field() {
        return field;
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
