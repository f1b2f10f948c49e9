package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.security.Role;
import io.blindspot.workshop.CommitmentService;
import io.blindspot.workshop.ConsentService;
import io.blindspot.workshop.WorkshopService;
import org.springframework.security.core.Authentication;

/** Participants find their invitations, their consent per workshop and their commitments on the home page. */
@SpringComponent
class ParticipantHome implements HomeSection {

    private final WorkshopService workshops;
    private final ConsentService consents;
    private final CommitmentService commitments;

    ParticipantHome(WorkshopService workshops, ConsentService consents, CommitmentService commitments) {
        this.workshops = workshops;
        this.consents = consents;
        this.commitments = commitments;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean appliesTo(Authentication user) {
        return Role.EXECUTIVE.heldBy(user);
    }

    @Override
    public Component create() {
        return new ParticipantHomeSection(
                workshops.myNotices(), consents.myConsents(), commitments.mine(), consents, commitments);
    }
}
