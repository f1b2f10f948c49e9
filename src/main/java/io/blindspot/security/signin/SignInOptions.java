package io.blindspot.security.signin;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in to the portal, as the login page shows it: the login form (on unless
 * {@code BLINDSPOT_FORM_LOGIN=false}) and, when {@code BLINDSPOT_OIDC_ISSUER} is set, a button for
 * the company's single sign-on.
 */
@Component
public class SignInOptions {

    /** Where the sign-on button leads: Spring Security's start of the OpenID Connect login. */
    public static final String COMPANY_SIGN_IN_PATH = "/oauth2/authorization/" + SignInOptions.REGISTRATION_ID;

    /**
     * The OAuth2 error code of a company sign-on that Blindspot itself refused: its description is
     * ours and safe to show, unlike a provider's error text, which arrives in the URL.
     */
    public static final String SIGN_ON_REFUSED = "blindspot_refused";

    /** The one client registration of the company's provider. */
    public static final String REGISTRATION_ID = "company";

    private final boolean formLogin;
    private final boolean companySignOn;
    private final String companyName;

    SignInOptions(
            @Value("${blindspot.login.form-enabled:true}") boolean formLogin,
            @Value("${blindspot.oidc.issuer:}") String issuer,
            @Value("${blindspot.oidc.company-name:your company account}") String companyName) {
        this.formLogin = formLogin;
        this.companySignOn = !issuer.isBlank();
        this.companyName = companyName.isBlank() ? "your company account" : companyName.strip();
        if (!formLogin && !companySignOn) {
            throw new IllegalStateException("BLINDSPOT_FORM_LOGIN=false turns off the login form, but no company"
                    + " sign-on is configured (BLINDSPOT_OIDC_ISSUER): nobody could sign in to the portal.");
        }
    }

    /** Whether the username-and-password form is offered (and {@code POST /login} accepted). */
    public boolean formLogin() {
        return formLogin;
    }

    /** The label of the company sign-on button, e.g. "Sign in with Acme", when it is configured. */
    public Optional<String> companySignInLabel() {
        return companySignOn ? Optional.of("Sign in with " + companyName) : Optional.empty();
    }
}
