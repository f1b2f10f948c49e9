package io.blindspot.security.ui.password;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person chooses the portal's language on their account page: stored, applied at once and at every login. */
class AccountLanguageTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountLanguage languages;

    @Autowired
    PasswordEncoder encoder;

    String username;

    @BeforeEach
    void signInAsAFreshPerson() {
        username = "speaker." + Long.toString(System.nanoTime(), 36);
        accounts.createAccount(username, "Sam Speaker", encoder.encode("a-long-password-42"), Set.of(Role.EXECUTIVE));
        login(username);
        navigate("account/password");
    }

    @Test
    void without_a_choice_the_page_follows_the_browser() {
        var view = _get(ChangePasswordView.class);
        assertThat(view.language.getValue()).isEqualTo(ChangePasswordView.BROWSER);
        assertThat(languages.of(username)).isEmpty();
        assertThat(_get(view, H2.class).getText()).isEqualTo("My account");
    }

    @Test
    void german_is_stored_applied_at_once_and_at_the_next_login() {
        _setValue(_get(ChangePasswordView.class).language, "de");

        assertThat(languages.of(username)).contains(Locale.GERMAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);

        // a new session in an English browser: the account's choice wins
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        navigate("account/password");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        var view = _get(ChangePasswordView.class);
        assertThat(_get(view, H2.class).getText()).isEqualTo("Mein Konto");
        assertThat(view.save.getText()).isEqualTo("Passwort ändern");
        assertThat(view.language.getValue()).isEqualTo("de");

        _setValue(view.language, ChangePasswordView.BROWSER);
        assertThat(languages.of(username)).isEmpty();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
