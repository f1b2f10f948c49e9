package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.workshop.CommitmentService;
import io.blindspot.workshop.WorkshopService;
import org.springframework.security.core.Authentication;

/** Facilitators find their workshops and teams on the home page. */
@SpringComponent
class FacilitatorHome implements HomeSection {

    private final WorkshopService workshops;
    private final TeamService teams;
    private final CommitmentService commitments;

    FacilitatorHome(WorkshopService workshops, TeamService teams, CommitmentService commitments) {
        this.workshops = workshops;
        this.teams = teams;
        this.commitments = commitments;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean appliesTo(Authentication user) {
        return Role.FACILITATOR.heldBy(user);
    }

    @Override
    public Component create() {
        return new FacilitatorHomeSection(
                workshops.myWorkshops(), teams.teamsOfCurrentFacilitator(), commitments.overdueInMyWorkshops());
    }
}
