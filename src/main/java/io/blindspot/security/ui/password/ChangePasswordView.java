package io.blindspot.security.ui.password;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.security.OwnPassword;
import io.blindspot.security.PasswordPolicy;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.LockedException;

/** Every signed-in person: change their own password, the current one first. */
@Route("account/password")
@PageTitle("Change password · Blindspot")
@Menu(order = 99, title = "security.nav.my-password", icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    static final String TITLE = "Change your password";
    static final String CURRENT = "Current password";
    static final String NEW = "New password";
    static final String REPEAT = "Repeat the new password";
    static final String SAVE = "Change password";
    static final String HINT =
            "At least " + PasswordPolicy.MINIMUM_LENGTH + " characters, not your username, not a common password";
    static final String DIFFERENT = "The two new passwords differ.";
    static final String CHANGED = "Your password is changed. Use the new one next time you log in.";

    final PasswordField current = new PasswordField(CURRENT);
    final PasswordField password = new PasswordField(NEW);
    final PasswordField repeat = new PasswordField(REPEAT);
    final Button save = new Button(SAVE);
    final Paragraph outcome = new Paragraph();
    private final OwnPassword ownPassword;

    public ChangePasswordView(OwnPassword ownPassword) {
        this.ownPassword = ownPassword;
        addClassName("change-password-view");
        current.setId("current-password");
        password.setId("new-password");
        repeat.setId("repeat-password");
        save.setId("change-password");
        outcome.setId("change-password-outcome");
        password.setHelperText(HINT);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(TITLE), current, password, repeat, save, outcome);
    }

    void save() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            mark(repeat, DIFFERENT);
            return;
        }
        try {
            ownPassword.change(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            repeat.clear();
            outcome.setText(CHANGED);
        } catch (LockedException e) {
            mark(current, e.getMessage());
        } catch (IllegalArgumentException e) {
            mark(e.getMessage().equals(OwnPassword.WRONG_CURRENT) ? current : password, e.getMessage());
        }
    }

    private void mark(PasswordField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        outcome.setText(text);
    }
}
