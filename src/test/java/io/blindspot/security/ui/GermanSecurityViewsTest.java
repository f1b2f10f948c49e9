package io.blindspot.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import io.blindspot.security.ui.login.LoginView;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The users view and the login page in a German browser. */
class GermanSecurityViewsTest extends KaribuTest {

    @Test
    void the_users_view_speaks_german() {
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("admin/users");
        var view = _get(UsersView.class);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Benutzer");
        assertThat(view.addPerson.getText()).isEqualTo("Person anlegen");
        assertThat(view.search.getLabel()).isEqualTo("Suche");
        assertThat(view.users.getColumns().get(0).getHeaderText()).isEqualTo("Benutzername");
        assertThat(view.editor.saveRoles.getText()).isEqualTo("Rollen speichern");
        assertThat(view.users.getListDataView().getItems())
                .anySatisfy(account -> assertThat(UsersTexts.status(account)).isEqualTo("Aktiv"));
        assertThat(UsersTexts.role(io.blindspot.security.Role.EXECUTIVE)).isEqualTo("Führungskraft");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Benutzer · Blindspot");
    }

    @Test
    void the_login_page_follows_a_german_browser() {
        // a German browser: Vaadin gives the UI its language; the login page built next speaks it
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("set-password");
        navigate("login");
        var view = _get(LoginView.class);

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("tagline"))
                        .getText())
                .isEqualTo("Sehen Sie, was Ihr Führungsteam über sich selbst nicht sieht.");
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Anmelden · Blindspot");
    }
}
