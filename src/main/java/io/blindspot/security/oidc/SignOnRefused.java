package io.blindspot.security.oidc;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import io.blindspot.security.signin.SignInOptions;
import java.util.Arrays;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Blindspot's own refusal of a company sign-on. Only Blindspot creates it, so the login page may
 * say its text (in the browser's language); the error's description is the English text, for the log.
 */
public class SignOnRefused extends OAuth2AuthenticationException implements Explained {

    private final String key;
    private final String[] arguments;

    public SignOnRefused(String key, Object... arguments) {
        super(
                new OAuth2Error(SignInOptions.SIGN_ON_REFUSED, Messages.english(key, arguments), null),
                Messages.english(key, arguments));
        this.key = key;
        // kept as text: the exception waits in the HTTP session until the login page shows it
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
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
