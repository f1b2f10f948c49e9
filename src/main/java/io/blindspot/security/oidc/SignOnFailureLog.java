package io.blindspot.security.oidc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with {@code ?error} (the view explains a refusal), and the reason in the
 * log: a sign-on that fails for a configuration reason (wrong secret, clock skew, issuer mismatch)
 * must be visible to the operator, not only as "did not complete" to the person.
 */
class SignOnFailureLog extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOnFailureLog.class);

    SignOnFailureLog() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        log.warn("Company sign-on failed: {}", exception.getMessage());
        super.onAuthenticationFailure(request, response, exception);
    }
}
