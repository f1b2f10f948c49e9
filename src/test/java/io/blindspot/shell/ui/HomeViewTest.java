package io.blindspot.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.blindspot.security.ui.UsersView;
import io.blindspot.support.KaribuTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void an_admin_sees_counts_of_users_teams_and_results() {
        login("admin");

        var figures = _get(AdminHomeSection.class).getElement().getTextRecursively();
        // other tests in the shared context add accounts (a new participant); the 16 demo ones are the floor
        var users = java.util.regex.Pattern.compile("(\\d+)Users").matcher(figures);
        assertThat(users.find()).as(figures).isTrue();
        assertThat(Integer.parseInt(users.group(1))).isGreaterThanOrEqualTo(16);
        assertThat(figures).contains("2Teams", "12Results");
    }

    @Test
    void an_executive_sees_only_home_in_the_navigation() {
        login("executive");
        assertThat(navigationLabels()).containsExactly("Home", "API tokens", "My data", "My password");
    }

    @Test
    void a_facilitator_sees_home_and_teams_in_the_navigation() {
        login("facilitator");
        assertThat(navigationLabels())
                .containsExactly("Home", "Workshops", "Teams", "Assign", "API tokens", "My data", "My password");
    }

    @Test
    void hr_sees_home_rule_sets_and_reliability_in_the_navigation() {
        login("hr");
        assertThat(navigationLabels())
                .containsExactly(
                        "Home", "Rule sets", "Rule editor", "Reliability", "API tokens", "My data", "My password");
    }

    @Test
    void an_admin_sees_every_destination_in_the_navigation() {
        login("admin");
        assertThat(navigationLabels())
                .containsExactly(
                        "Home",
                        "Workshops",
                        "Teams",
                        "Assign",
                        "Rule sets",
                        "Rule editor",
                        "Reliability",
                        "Instruments",
                        "Users",
                        "Audit",
                        "API tokens",
                        "My data",
                        "My password");
    }

    @Test
    void an_admin_opens_the_users_view() {
        login("admin");

        UI.getCurrent().navigate("admin/users");

        _get(UsersView.class);
    }

    @Test
    void an_executive_cannot_open_the_admin_users_view() {
        login("executive");

        UI.getCurrent().navigate("admin/users");

        assertThatThrownBy(() -> _get(UsersView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void the_home_page_and_the_shell_speak_german() {
        loginInGerman("admin");

        var home = _get(HomeView.class);
        assertThat(_get(home, H2.class).getText()).startsWith("Willkommen, ");
        assertThat(home.getPageTitle()).isEqualTo("Start · Blindspot");
        var layout = _get(MainLayout.class);
        assertThat(layout.logout.getText()).isEqualTo("Abmelden");
        assertThat(layout.userName.getElement().getAttribute("title")).isEqualTo("Administration");
        assertThat(navigationLabels()).contains("Start", "Zuweisen", "Reliabilität", "Fragebögen");
        var figures = _get(AdminHomeSection.class);
        assertThat(figures.getElement().getTextRecursively()).contains("System", "Benutzer", "Teams", "Ergebnisse");
        assertThat(figures.getChildren().flatMap(c -> c.getChildren()).map(c -> c.getId()
                        .orElse("")))
                .contains("figure-users", "figure-teams", "figure-results");
    }

    @Test
    void the_error_pages_speak_german() {
        loginInGerman("executive");

        assertThat(new NotFoundView().getElement().getTextRecursively())
                .contains("Seite nicht gefunden", "Zurück zur Startseite");
        assertThat(new ErrorView().getElement().getTextRecursively())
                .contains("Etwas ist schiefgelaufen", "Nichts, was Sie gespeichert haben");
    }

    private static List<String> navigationLabels() {
        return _get(MainLayout.class).nav.getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    /** A new UI takes the JVM's default language, as a browser's first request would bring its own. */
    private void loginInGerman(String username) {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            login(username);
        } finally {
            Locale.setDefault(before);
        }
    }
}
