package io.blindspot.security.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.security.LoginPaused;
import io.blindspot.security.oidc.SignOnRefused;
import io.blindspot.security.signin.SignInOptions;
import io.blindspot.support.KaribuTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("");

        assertThat(_get(LoginView.class).login.isError()).isFalse();
    }

    @Test
    void a_failed_login_says_the_username_or_password_is_wrong() {
        lastFailure(new BadCredentialsException("Bad credentials"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var view = _get(LoginView.class);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.shownError.getTitle()).isEqualTo("Incorrect username or password");
    }

    @Test
    void a_paused_account_is_told_to_wait_rather_than_to_retype() {
        lastFailure(LoginPaused.fromHere(Duration.ofMinutes(15)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var message = _get(LoginView.class).shownError;
        assertThat(message.getTitle()).isEqualTo("Login paused");
        assertThat(message.getMessage())
                .isEqualTo("Too many failed logins for this account from here. Wait 15 minutes and try again,"
                        + " or ask an administrator.");
    }

    @Test
    void a_german_browser_is_told_in_german_how_long_the_login_pauses() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        lastFailure(LoginPaused.forSeconds(8));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var view = _get(LoginView.class);
        assertThat(view.shownError.getTitle()).isEqualTo("Anmeldung pausiert");
        assertThat(view.shownError.getMessage())
                .isEqualTo(
                        "Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es in 8 Sekunden erneut.");
    }

    @Test
    void a_lock_without_the_throttles_words_tells_to_wait_without_showing_its_english_message() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        lastFailure(new LockedException("User account is locked"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginView.class).shownError.getMessage())
                .startsWith("Zu viele fehlgeschlagene Anmeldungen")
                .doesNotContain("locked");
    }

    @Test
    void a_company_sign_on_refused_by_blindspot_says_why() {
        lastFailure(new SignOnRefused("security.sign-on.refused.no-group", "mallory"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var message = _get(LoginView.class).shownError;
        assertThat(message.getTitle()).isEqualTo("Company sign-in refused");
        assertThat(message.getMessage())
                .isEqualTo("Your company account (mallory) is in no group that gives access to Blindspot."
                        + " Ask your Blindspot administrator which group you need.");
    }

    @Test
    void a_company_sign_on_refused_by_blindspot_says_why_in_german_to_a_german_browser() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        lastFailure(new SignOnRefused("security.sign-on.refused.deactivated"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var message = _get(LoginView.class).shownError;
        assertThat(message.getTitle()).isEqualTo("Firmen-Anmeldung abgelehnt");
        assertThat(message.getMessage())
                .isEqualTo("Ihr Blindspot-Konto ist deaktiviert. Wenden Sie sich an die Administration.");
    }

    @Test
    void a_refusal_under_blindspots_error_code_but_without_its_text_key_is_not_shown() {
        // anyone can put this code into the callback URL with words of their own
        lastFailure(new OAuth2AuthenticationException(
                new OAuth2Error(SignInOptions.SIGN_ON_REFUSED, "Call +1 555 0100 to unlock your account", null)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginView.class).shownError.getMessage())
                .doesNotContain("555")
                .contains("did not complete");
    }

    @Test
    void a_providers_own_error_text_is_never_shown_since_anyone_can_put_it_into_a_link() {
        lastFailure(new OAuth2AuthenticationException(
                new OAuth2Error("access_denied", "Call +1 555 0100 to unlock your account", null)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var message = _get(LoginView.class).shownError;
        assertThat(message.getTitle()).isEqualTo("Company sign-in refused");
        assertThat(message.getMessage()).doesNotContain("555").contains("did not complete");
    }

    @Test
    void without_company_sign_on_configured_there_is_no_sign_on_button() {
        UI.getCurrent().navigate("login");

        var view = _get(LoginView.class);
        assertThat(view.companySignIn.getParent()).isEmpty();
        assertThat(view.login.isVisible()).isTrue();
    }

    private static void lastFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
