package io.blindspot.workshop.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.base.Formats;
import io.blindspot.team.TeamSummary;
import io.blindspot.workshop.CommitmentService.MyCommitment;
import io.blindspot.workshop.WorkshopSummary;
import java.util.List;

/** A facilitator's workshops and the teams they work with. */
class FacilitatorHomeSection extends VerticalLayout {

    final Grid<WorkshopSummary> workshops = new Grid<>(WorkshopSummary.class, false);
    final Grid<TeamSummary> teams = new Grid<>(TeamSummary.class, false);

    final Grid<MyCommitment> overdue = new Grid<>(MyCommitment.class, false);

    FacilitatorHomeSection(List<WorkshopSummary> myWorkshops, List<TeamSummary> myTeams, List<MyCommitment> late) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("Your workshops"));
        if (myWorkshops.isEmpty()) {
            add(new Paragraph("You run no workshop yet."));
        } else {
            workshops
                    .addComponentColumn(w -> new Anchor("workshops/" + w.id() + "/debrief", w.title()))
                    .setHeader("Workshop")
                    .setFlexGrow(2);
            workshops.addColumn(WorkshopSummary::teamName).setHeader("Team");
            workshops.addColumn(w -> w.status().label()).setHeader("Status");
            workshops.addColumn(w -> Formats.date(w.scheduledOn())).setHeader("Date");
            workshops.setItems(myWorkshops);
            workshops.setAllRowsVisible(true);
            add(workshops);
        }
        if (!late.isEmpty()) {
            add(new H3("Overdue commitments"));
            overdue.addColumn(c -> c.commitment().text())
                    .setHeader("Commitment")
                    .setFlexGrow(3);
            overdue.addColumn(c -> c.commitment().owner()).setHeader("Owner");
            overdue.addColumn(c -> Formats.date(c.commitment().dueOn())).setHeader("Due");
            overdue.addColumn(MyCommitment::workshop).setHeader("Workshop");
            overdue.setItems(late);
            overdue.setAllRowsVisible(true);
            add(overdue);
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
