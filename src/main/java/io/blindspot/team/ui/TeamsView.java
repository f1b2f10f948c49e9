package io.blindspot.team.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.team.TeamSummary;
import jakarta.annotation.security.RolesAllowed;

/** The teams a facilitator works with (all teams for an administrator). */
@Route("teams")
@PageTitle("Teams · Blindspot")
@Menu(order = 20, title = "team.nav.teams", icon = "vaadin:users")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class TeamsView extends VerticalLayout {

    final Grid<TeamSummary> teams = new Grid<>(TeamSummary.class, false);

    TeamsView(TeamService service) {
        add(new H2("Teams"));
        teams.addColumn(TeamSummary::name).setHeader("Team").setFlexGrow(2);
        teams.addColumn(TeamSummary::organisation).setHeader("Organisation");
        teams.addColumn(TeamSummary::size).setHeader("Members");
        teams.addColumn(TeamSummary::completed).setHeader("Completed");
        teams.addColumn(TeamSummary::leaderName).setHeader("Leader");
        teams.addComponentColumn(TeamsView::findingsLink).setHeader("Findings");
        teams.setItems(service.visibleTeams());
        teams.setAllRowsVisible(true);
        add(teams);
    }

    /**
     * A link to the rules module's findings page by its route, so teams need not import the module
     * above it; {@code router-link} makes it navigate inside the app as a RouterLink does.
     */
    static Anchor findingsLink(TeamSummary team) {
        var link = new Anchor("teams/" + team.id() + "/findings", "Blind spots");
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
