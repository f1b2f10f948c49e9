package io.blindspot.security.ui.password;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.PasswordPolicy;
import io.blindspot.security.PasswordRefused;
import io.blindspot.security.SetPasswordLinks;

/**
 * Where a one-time link leads: choose a password, then log in. Public, as the person has none yet,
 * so it speaks the browser's language.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    final Paragraph intro = new Paragraph();
    final PasswordField password = new PasswordField(getTranslation("security.set-password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("security.set-password.repeat"));
    final Button save = new Button(getTranslation("security.set-password.save"));
    final Paragraph outcome = new Paragraph();
    private final SetPasswordLinks links;
    private String token;

    public SetPasswordView(SetPasswordLinks links) {
        this.links = links;
        addClassName("set-password-view");
        setAlignItems(Alignment.CENTER);
        password.setHelperText(getTranslation("security.set-password.hint", SetPasswordLinks.MINIMUM_LENGTH));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        outcome.setId("set-password-outcome");
        add(new H1("Blindspot"), intro, password, repeat, save, outcome);
    }

    @Override
    public String titleKey() {
        return "security.set-password.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        var username = links.usernameFor(token);
        if (username.isEmpty()) {
            intro.setText(getTranslation("security.set-password.expired"));
            password.setVisible(false);
            repeat.setVisible(false);
            save.setVisible(false);
        } else {
            intro.setText(getTranslation("security.set-password.choose", username.get()));
        }
    }

    void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("security.set-password.different"));
            return;
        }
        try {
            String username = links.setPassword(token, password.getValue());
            removeAll();
            add(
                    new H1("Blindspot"),
                    new Paragraph(getTranslation("security.set-password.done", username)),
                    new Anchor("login", getTranslation("security.set-password.log-in")));
        } catch (PasswordRefused e) {
            refuse(getTranslation("security.password.refused." + e.reason().name(), PasswordPolicy.MINIMUM_LENGTH));
        } catch (IllegalArgumentException e) {
            // the only other refusal: the link is used up or expired
            refuse(getTranslation("security.set-password.expired"));
        }
    }

    private void refuse(String text) {
        password.setInvalid(true);
        password.setErrorMessage(text);
        outcome.setText(text);
    }
}
