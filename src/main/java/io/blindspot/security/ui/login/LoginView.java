package io.blindspot.security.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.signin.SignInOptions;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The one public view: the login form and, when configured, the company sign-on button. A failed
 * login, by form or by sign-on, comes back here with {@code ?error}. Shown before login, it speaks
 * the browser's language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    final LoginForm login = new LoginForm();
    /** What the form shows after a failed login (kept here because LoginForm does not expose it). */
    LoginI18n.ErrorMessage shownError;
    /** Shows a failed sign-on when the form (which shows errors otherwise) is turned off. */
    final Paragraph failure = new Paragraph();

    /** "Sign in with …", when company sign-on is configured; a plain link Vaadin's router leaves alone. */
    final Anchor companySignIn = new Anchor();

    public LoginView(SignInOptions options) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var title = new H1("Blindspot");
        var tagline = new Paragraph(getTranslation("security.login.tagline"));
        tagline.addClassName("tagline");
        add(title, tagline);
        options.companySignInLabel().ifPresent(label -> {
            companySignIn.setText(label);
            companySignIn.setHref(SignInOptions.COMPANY_SIGN_IN_PATH);
            companySignIn.setRouterIgnore(true);
            companySignIn.addClassName("company-sign-in");
            // looks like Lumo's primary button, but navigates the whole page to the company's provider
            companySignIn
                    .getStyle()
                    .set("background", "var(--lumo-primary-color)")
                    .set("color", "var(--lumo-primary-contrast-color)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                    .set("font-weight", "600")
                    .set("text-decoration", "none");
            add(companySignIn);
        });
        login.setI18n(texts());
        login.setVisible(options.formLogin());
        add(login);
        if (!options.formLogin()) {
            add(failure);
        }
    }

    @Override
    public String titleKey() {
        return "security.login.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var i18n = errorMessage(lastFailure());
            shownError = i18n.getErrorMessage();
            login.setI18n(i18n);
            login.setError(true);
            failure.setText(shownError.getTitle() + ": " + shownError.getMessage());
            failure.addClassName("login-failure");
        }
    }

    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return null;
        }
        return request.getHttpServletRequest().getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** The form's own words in the page's language. */
    private LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.form.title"));
        i18n.getForm().setUsername(getTranslation("security.login.form.username"));
        i18n.getForm().setPassword(getTranslation("security.login.form.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.form.submit"));
        return i18n;
    }

    private LoginI18n errorMessage(Object failure) {
        var i18n = texts();
        var error = new LoginI18n.ErrorMessage();
        if (failure instanceof LockedException locked) {
            error.setTitle(getTranslation("security.login.paused"));
            error.setMessage(locked.getMessage());
        } else if (failure instanceof OAuth2AuthenticationException signOn) {
            error.setTitle(getTranslation("security.login.sign-on-refused"));
            // Only Blindspot's own reasons are shown: a provider's error text arrives in the URL,
            // where anyone could write a message of their own for this page.
            error.setMessage(
                    SignInOptions.SIGN_ON_REFUSED.equals(signOn.getError().getErrorCode())
                            ? signOn.getError().getDescription()
                            : getTranslation("security.login.sign-on-incomplete"));
        } else {
            error.setTitle(getTranslation("security.login.wrong"));
            error.setMessage(getTranslation("security.login.wrong-hint"));
        }
        i18n.setErrorMessage(error);
        return i18n;
    }
}
