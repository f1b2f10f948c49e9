package io.blindspot.team.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.team.TeamSummary;
import jakarta.annotation.security.RolesAllowed;

/** The teams a facilitator works with (all teams for an administrator). */
@Route("teams")
@Menu(order = 20, title = "team.nav.teams", icon = "vaadin:users")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class TeamsView extends VerticalLayout implements TranslatedTitle {

    final Grid<TeamSummary> teams = new Grid<>(TeamSummary.class, false);

    TeamsView(TeamService service) {
        add(new H2(getTranslation("team.list.title")));
        teams.addColumn(TeamSummary::name)
                .setHeader(getTranslation("team.list.team"))
                .setFlexGrow(2);
        teams.addColumn(TeamSummary::organisation).setHeader(getTranslation("team.list.organisation"));
        teams.addColumn(TeamSummary::size).setHeader(getTranslation("team.list.members"));
        teams.addColumn(TeamSummary::completed).setHeader(getTranslation("team.list.completed"));
        teams.addColumn(TeamSummary::leaderName).setHeader(getTranslation("team.list.leader"));
        teams.addComponentColumn(t -> findingsLink(t, getTranslation("team.list.blindSpots")))
                .setHeader(getTranslation("team.list.findings"));
        teams.setItems(service.visibleTeams());
        teams.setAllRowsVisible(true);
        add(teams);
    }

    @Override
    public String titleKey() {
        return "team.list.title";
    }

    /**
     * A link to the rules module's findings page by its route, so teams need not import the module
     * above it; {@code router-link} makes it navigate inside the app as a RouterLink does.
     */
    static Anchor findingsLink(TeamSummary team, String text) {
        var link = new Anchor("teams/" + team.id() + "/findings", text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
