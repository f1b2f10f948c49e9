package io.blindspot.security.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
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
        lastFailure(
                new LockedException("Too many failed logins. Wait 15 minutes and try again, or ask an administrator."));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var message = _get(LoginView.class).shownError;
        assertThat(message.getTitle()).isEqualTo("Login paused");
        assertThat(message.getMessage()).contains("Wait 15 minutes");
    }

    private static void lastFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
