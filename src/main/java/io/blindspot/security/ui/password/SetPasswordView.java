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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.blindspot.security.SetPasswordLinks;

/** Where a one-time link leads: choose a password, then log in. Public, as the person has none yet. */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Set your password · Blindspot")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat the password");
    final Button save = new Button("Set password");
    final Paragraph outcome = new Paragraph();
    private final SetPasswordLinks links;
    private String token;

    public SetPasswordView(SetPasswordLinks links) {
        this.links = links;
        addClassName("set-password-view");
        setAlignItems(Alignment.CENTER);
        password.setHelperText("At least " + SetPasswordLinks.MINIMUM_LENGTH + " characters");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        outcome.setId("set-password-outcome");
        add(new H1("Blindspot"), intro, password, repeat, save, outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        var username = links.usernameFor(token);
        if (username.isEmpty()) {
            intro.setText("This link has been used or has expired. Ask your facilitator for a new one.");
            password.setVisible(false);
            repeat.setVisible(false);
            save.setVisible(false);
        } else {
            intro.setText("Choose a password for your account '" + username.get() + "'.");
        }
    }

    void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The two passwords differ.");
            return;
        }
        try {
            String username = links.setPassword(token, password.getValue());
            removeAll();
            add(
                    new H1("Blindspot"),
                    new Paragraph("Your password is set. Log in as '" + username + "'."),
                    new Anchor("login", "Log in"));
        } catch (IllegalArgumentException e) {
            password.setInvalid(true);
            password.setErrorMessage(e.getMessage());
            outcome.setText(e.getMessage());
        }
    }
}
