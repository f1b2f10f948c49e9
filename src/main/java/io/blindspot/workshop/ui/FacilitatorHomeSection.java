package io.blindspot.workshop.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.base.ui.LocalDates;
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
        add(new H3(getTranslation("workshop.home.yourWorkshops")));
        if (myWorkshops.isEmpty()) {
            add(new Paragraph(getTranslation("workshop.home.noWorkshop")));
        } else {
            workshops
                    .addComponentColumn(w -> new Anchor("workshops/" + w.id() + "/debrief", w.title()))
                    .setHeader(getTranslation("workshop.list.workshop"))
                    .setFlexGrow(2);
            workshops.addColumn(WorkshopSummary::teamName).setHeader(getTranslation("workshop.list.team"));
            workshops
                    .addColumn(w -> WorkshopTexts.workshopStatus(this, w.status()))
                    .setHeader(getTranslation("workshop.list.status"));
            workshops.addColumn(w -> LocalDates.date(w.scheduledOn())).setHeader(getTranslation("workshop.list.date"));
            workshops.setItems(myWorkshops);
            workshops.setAllRowsVisible(true);
            add(workshops);
        }
        if (!late.isEmpty()) {
            add(new H3(getTranslation("workshop.home.overdue")));
            overdue.addColumn(c -> c.commitment().text())
                    .setHeader(getTranslation("workshop.commitment.commitment"))
                    .setFlexGrow(3);
            overdue.addColumn(c -> c.commitment().owner()).setHeader(getTranslation("workshop.commitment.owner"));
            overdue.addColumn(c -> LocalDates.date(c.commitment().dueOn()))
                    .setHeader(getTranslation("workshop.commitment.due"));
            overdue.addColumn(MyCommitment::workshop).setHeader(getTranslation("workshop.list.workshop"));
            overdue.setItems(late);
            overdue.setAllRowsVisible(true);
            add(overdue);
        }
        add(new H3(getTranslation("workshop.home.yourTeams")));
        teams.addColumn(TeamSummary::name)
                .setHeader(getTranslation("workshop.list.team"))
                .setFlexGrow(2);
        teams.addColumn(TeamSummary::size).setHeader(getTranslation("workshop.home.members"));
        teams.addColumn(TeamSummary::completed).setHeader(getTranslation("workshop.home.completed"));
        teams.addColumn(TeamSummary::leaderName).setHeader(getTranslation("workshop.home.leader"));
        teams.setItems(myTeams);
        teams.setAllRowsVisible(true);
        add(teams);
    }
}
