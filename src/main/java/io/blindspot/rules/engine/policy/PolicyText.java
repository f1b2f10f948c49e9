package io.blindspot.rules.engine.policy;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import java.util.List;

/**
 * One of the policy's own sentences as a key of the rules bundle with its arguments, so the editor
 * says it in HR's language; its English text is what the API and the command line print. An
 * argument may itself be a text (a sentence wrapped in a note), which is said in the same language.
 */
public record PolicyText(String key, List<Object> arguments) implements Explained {

    public PolicyText {
        arguments = List.copyOf(arguments);
    }

    public static PolicyText of(String key, Object... arguments) {
        return new PolicyText(key, List.of(arguments));
    }

    public String english() {
        return Messages.english(
                key,
                arguments.stream()
                        .map(a -> a instanceof PolicyText text ? text.english() : a)
                        .toArray());
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
