package io.blindspot.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.blindspot.workshop.Invitation;
import java.util.List;

/**
 * What came of inviting people, after creating a workshop or adding people to it: a line saying so,
 * and, for everyone who was not mailed, their link to pass on by hand.
 */
class InvitationsOutcome extends Div {

    InvitationsOutcome(String done, List<Invitation> invitations, boolean mailConfigured, long workshopId) {
        var headline = new Paragraph(done);
        headline.addClassName("success");
        add(headline);
        if (!mailConfigured) {
            add(new Paragraph(getTranslation("workshop.invitations.noMail")));
        }
        for (var invitation : invitations) {
            if (!invitation.mailed()) {
                var row = new Paragraph(getTranslation(
                        "workshop.invitations.link",
                        invitation.name(),
                        invitation.email() == null
                                ? getTranslation("workshop.invitations.noEmail")
                                : invitation.email(),
                        invitation.link()));
                row.addClassName("invitation-link");
                add(row);
            }
        }
        add(new Anchor("workshops/" + workshopId + "/board", getTranslation("workshop.invitations.openBoard")));
    }
}
