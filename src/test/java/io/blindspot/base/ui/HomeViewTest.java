package io.blindspot.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.blindspot.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void an_executive_sees_their_own_assessments_with_their_status() {
        login("executive");

        var home = _get(HomeView.class);
        assertThat(_get(home, H2.class).getText()).isEqualTo("Welcome, Mike Brennan");
        var section = _get(ExecutiveHomeSection.class);
        var rows = section.assessments.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(a -> a.progressLabel()).contains("Submitted", "Not started");
    }

    @Test
    void an_executive_starts_an_open_assessment_and_reads_a_submitted_ones_report_from_home() {
        login("executive");

        var buttons = _get(ExecutiveHomeSection.class)
                .assessments
                .getGenericDataView()
                .getItems()
                .map(ExecutiveHomeSection::action)
                .toList();
        assertThat(buttons).extracting(Button::getText).contains("Start", "View report");
        _click(buttons.stream()
                .filter(b -> b.getText().equals("Start"))
                .findFirst()
                .orElseThrow());
        _get(io.blindspot.assessment.ui.QuestionnaireView.class);
    }

    @Test
    void an_assessment_in_progress_offers_to_resume_with_how_far_along_it_is() {
        var inProgress = new io.blindspot.assessment.AssessmentOverview(
                7, "Workplace Style", io.blindspot.assessment.AssessmentStatus.IN_PROGRESS, 17, 40, null);

        assertThat(ExecutiveHomeSection.action(inProgress).getText()).isEqualTo("Resume (17 of 40)");
    }

    @Test
    void a_facilitator_sees_their_workshops_and_teams() {
        login("facilitator");

        var section = _get(FacilitatorHomeSection.class);
        assertThat(section.workshops.getGenericDataView().getItems().map(w -> w.teamName()))
                .containsExactlyInAnyOrder("Sales leadership", "Product leadership");
        var sales = section.teams
                .getGenericDataView()
                .getItems()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow();
        assertThat(sales.size()).isEqualTo(7);
        assertThat(sales.completed()).isEqualTo(7);
        assertThat(sales.leaderName()).isEqualTo("Mike Brennan");
    }

    @Test
    void hr_sees_which_rule_set_is_live() {
        login("hr");

        assertThat(_get(RulesHomeSection.class).liveVersion.getText())
                .startsWith("Live rule set: version 1,")
                .contains("file system");
    }

    @Test
    void an_admin_sees_counts_of_users_teams_and_results() {
        login("admin");

        var figures = _get(AdminHomeSection.class).getElement().getTextRecursively();
        assertThat(figures).contains("15Users", "2Teams", "12Results");
    }

    @Test
    void an_executive_sees_only_home_in_the_navigation() {
        login("executive");
        assertThat(navigationLabels()).containsExactly("Home");
    }

    @Test
    void a_facilitator_sees_home_and_teams_in_the_navigation() {
        login("facilitator");
        assertThat(navigationLabels()).containsExactly("Home", "Teams", "Assign");
    }

    @Test
    void hr_sees_home_rule_sets_and_reliability_in_the_navigation() {
        login("hr");
        assertThat(navigationLabels()).containsExactly("Home", "Rule sets", "Reliability");
    }

    @Test
    void an_admin_sees_every_destination_in_the_navigation() {
        login("admin");
        assertThat(navigationLabels())
                .containsExactly("Home", "Teams", "Assign", "Rule sets", "Reliability", "Instruments", "Users");
    }

    @Test
    void an_admin_opens_the_users_view() {
        login("admin");

        UI.getCurrent().navigate("admin/users");

        _get(io.blindspot.admin.ui.UsersView.class);
    }

    @Test
    void an_executive_cannot_open_the_admin_users_view() {
        login("executive");

        UI.getCurrent().navigate("admin/users");

        assertThatThrownBy(() -> _get(io.blindspot.admin.ui.UsersView.class))
                .hasMessageContaining("AccessDeniedException");
    }

    private static List<String> navigationLabels() {
        return _get(MainLayout.class).nav.getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
