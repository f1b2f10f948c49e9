package io.blindspot.security.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.blindspot.base.Explained;
import io.blindspot.base.ui.ProblemText;
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
            var shown = explain(lastFailure());
            shownError = new LoginI18n.ErrorMessage();
            shownError.setTitle(shown.title());
            shownError.setMessage(shown.text());
            var i18n = texts();
            i18n.setErrorMessage(shownError);
            login.setI18n(i18n);
            login.setError(true);
            failure.setText(shown.title() + ": " + shown.text());
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

    /** A failed login's title and text, in the page's language. */
    private record Shown(String title, String text) {}

    private Shown explain(Object lastFailure) {
        if (lastFailure instanceof LockedException locked) {
            return new Shown(getTranslation("security.login.paused"), pauseText(locked));
        }
        if (lastFailure instanceof OAuth2AuthenticationException signOn) {
            // Only Blindspot's own reasons (which carry a text key) are shown: a provider's error text
            // arrives in the URL, where anyone could write a message of their own for this page.
            return new Shown(
                    getTranslation("security.login.sign-on-refused"),
                    signOn instanceof Explained
                            ? ProblemText.of(signOn)
                            : getTranslation("security.login.sign-on-incomplete"));
        }
        return new Shown(getTranslation("security.login.wrong"), getTranslation("security.login.wrong-hint"));
    }

    /** How long to wait, when the throttle said so; Spring's own lock reasons are English, so not shown. */
    private static String pauseText(LockedException locked) {
        return locked instanceof Explained
                ? ProblemText.of(locked)
                : I18NProvider.translate("security.login.pause.later");
    }
}
