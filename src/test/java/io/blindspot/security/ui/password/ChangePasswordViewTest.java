package io.blindspot.security.ui.password;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A signed-in person changes their own password; the policy applies, the current one is required. */
class ChangePasswordViewTest extends KaribuTest {

    static final String OLD = "the-old-password-42";

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditTrail audit;

    String username;
    ChangePasswordView view;

    @BeforeEach
    void signInAsAFreshPerson() {
        username = "changer." + Long.toString(System.nanoTime(), 36);
        accounts.createAccount(username, "Chris Changer", encoder.encode(OLD), Set.of(Role.EXECUTIVE));
        login(username);
        navigate("account/password");
        view = _get(ChangePasswordView.class);
    }

    @Test
    void the_current_password_is_required() {
        enter("not-the-old-one", "a-brand-new-password-7");

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.outcome.getText()).isEqualTo("The current password is not right.");
        assertThat(storedPasswordIs(OLD)).isTrue();
    }

    @Test
    void a_short_a_common_or_the_username_as_password_is_refused_and_the_old_one_kept() {
        enter(OLD, "short-one");
        assertThat(view.outcome.getText()).contains("at least 12 characters");
        assertThat(view.password.isInvalid()).isTrue();

        enter(OLD, "Password1234");
        assertThat(view.outcome.getText()).contains("most common");

        enter(OLD, username);
        assertThat(view.outcome.getText()).contains("must not be the username");
        assertThat(storedPasswordIs(OLD)).isTrue();
    }

    @Test
    void a_good_new_password_replaces_the_old_one_and_is_audited() {
        enter(OLD, "a-brand-new-password-7");

        assertThat(view.outcome.getText()).contains("Your password is changed");
        assertThat(storedPasswordIs("a-brand-new-password-7")).isTrue();
        long id = accounts.findAccount(username).orElseThrow().getId();
        assertThat(audit.about(id)).extracting(AuditEntry::action).contains("PASSWORD_CHANGED");
    }

    @Test
    void two_different_new_passwords_are_refused_before_anything_is_checked() {
        _setValue(view.current, OLD);
        _setValue(view.password, "a-brand-new-password-7");
        _setValue(view.repeat, "a-brand-new-password-8");
        _click(view.save);

        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(storedPasswordIs(OLD)).isTrue();
    }

    @Test
    void after_too_many_wrong_current_passwords_a_german_reader_is_told_in_german_to_wait() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("account/password");
        view = _get(ChangePasswordView.class);
        for (int n = 0; n < 5; n++) {
            enter("not-the-old-one", "a-brand-new-password-7");
        }

        enter(OLD, "a-brand-new-password-7");

        assertThat(view.current.getErrorMessage())
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen für dieses Konto von hier. Warten Sie 15 Minuten"
                        + " und versuchen Sie es dann erneut, oder wenden Sie sich an die Administration.");
        assertThat(storedPasswordIs(OLD)).isTrue();
    }

    private void enter(String current, String next) {
        _setValue(view.current, current);
        _setValue(view.password, next);
        _setValue(view.repeat, next);
        _click(view.save);
    }

    private boolean storedPasswordIs(String password) {
        return encoder.matches(
                password, accounts.findAccount(username).orElseThrow().getPasswordHash());
    }
}
