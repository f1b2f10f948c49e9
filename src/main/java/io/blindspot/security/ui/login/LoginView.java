package io.blindspot.security.ui.login;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The one public view. A failed login comes back here with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Blindspot")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    /** What the form shows after a failed login (kept here because LoginForm does not expose it). */
    LoginI18n.ErrorMessage shownError;

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var title = new H1("Blindspot");
        var tagline = new Paragraph("See what your leadership team cannot see about itself.");
        tagline.addClassName("tagline");
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var i18n = errorMessage(lastFailure());
            shownError = i18n.getErrorMessage();
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return null;
        }
        return request.getHttpServletRequest().getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n errorMessage(Object failure) {
        var i18n = LoginI18n.createDefault();
        var error = new LoginI18n.ErrorMessage();
        if (failure instanceof LockedException locked) {
            error.setTitle("Login paused");
            error.setMessage(locked.getMessage());
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check your username and password and try again.");
        }
        i18n.setErrorMessage(error);
        return i18n;
    }
}
