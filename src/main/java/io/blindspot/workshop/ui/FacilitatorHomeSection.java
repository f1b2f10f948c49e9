package io.blindspot.workshop.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.base.Formats;
import io.blindspot.team.TeamSummary;
import io.blindspot.workshop.WorkshopSummary;
import java.util.List;

/** A facilitator's workshops and the teams they work with. */
class FacilitatorHomeSection extends VerticalLayout {

    final Grid<WorkshopSummary> workshops = new Grid<>(WorkshopSummary.class, false);
    final Grid<TeamSummary> teams = new Grid<>(TeamSummary.class, false);

    FacilitatorHomeSection(List<WorkshopSummary> myWorkshops, List<TeamSummary> myTeams) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("Your workshops"));
        if (myWorkshops.isEmpty()) {
            add(new Paragraph("You run no workshop yet."));
        } else {
            workshops.addColumn(WorkshopSummary::title).setHeader("Workshop").setFlexGrow(2);
            workshops.addColumn(WorkshopSummary::teamName).setHeader("Team");
            workshops.addColumn(w -> w.status().label()).setHeader("Status");
            workshops.addColumn(w -> Formats.date(w.scheduledOn())).setHeader("Date");
            workshops.setItems(myWorkshops);
            workshops.setAllRowsVisible(true);
            add(workshops);
        }
        add(new H3("Your teams"));
        teams.addColumn(TeamSummary::name).setHeader("Team").setFlexGrow(2);
        teams.addColumn(TeamSummary::size).setHeader("Members");
        teams.addColumn(TeamSummary::completed).setHeader("Completed");
        teams.addColumn(TeamSummary::leaderName).setHeader("Leader");
        teams.setItems(myTeams);
        teams.setAllRowsVisible(true);
        add(teams);
    }
}
