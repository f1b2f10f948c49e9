package io.blindspot.team.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.blindspot.rules.ui.TeamFindingsView;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.team.TeamSummary;
import jakarta.annotation.security.RolesAllowed;

/** The teams a facilitator works with (all teams for an administrator). */
@Route("teams")
@PageTitle("Teams · Blindspot")
@Menu(order = 20, title = "Teams", icon = "vaadin:users")
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
        teams.addComponentColumn(team -> new RouterLink(
                        "Blind spots",
                        TeamFindingsView.class,
                        new RouteParameters("teamId", String.valueOf(team.id()))))
                .setHeader("Findings");
        teams.setItems(service.visibleTeams());
        teams.setAllRowsVisible(true);
        add(teams);
    }
}
