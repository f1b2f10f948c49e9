package io.blindspot.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.blindspot.security.ui.UsersView;
import io.blindspot.support.KaribuTest;
import java.util.List;
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
        assertThat(navigationLabels()).containsExactly("Home", "API tokens", "My data", "My account");
    }

    @Test
    void a_facilitator_sees_home_and_teams_in_the_navigation() {
        login("facilitator");
        assertThat(navigationLabels())
                .containsExactly("Home", "Workshops", "Teams", "Assign", "API tokens", "My data", "My account");
    }

    @Test
    void hr_sees_home_rule_sets_and_reliability_in_the_navigation() {
        login("hr");
        assertThat(navigationLabels())
                .containsExactly(
                        "Home", "Rule sets", "Rule editor", "Reliability", "API tokens", "My data", "My account");
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
                        "My account");
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

    private static List<String> navigationLabels() {
        return _get(MainLayout.class).nav.getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
