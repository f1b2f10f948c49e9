package io.blindspot.workshop;

import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one workshop, decided on the server for the API and the views alike: its own
 * facilitator and administrators run it; a participant reads the debrief once it is revealed.
 * Everyone else, another facilitator included, is refused.
 */
@Component
class WorkshopAccess {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final CurrentUser currentUser;

    WorkshopAccess(WorkshopRepository workshops, ParticipantRepository participants, CurrentUser currentUser) {
        this.workshops = workshops;
        this.participants = participants;
        this.currentUser = currentUser;
    }

    /** The workshop, if the caller runs it (its facilitator) or administers the portal. */
    Workshop toRun(long id) {
        var workshop = workshops.findWithTeam(id).orElseThrow(() -> new WorkshopNotFound(id));
        if (!runs(workshop)) {
            throw new AccessDeniedException("You do not run workshop " + id + ".");
        }
        return workshop;
    }

    /** The workshop with the caller's way in: running it, or taking part after the reveal. */
    Reader toRead(long id) {
        var workshop = workshops.findWithTeam(id).orElseThrow(() -> new WorkshopNotFound(id));
        if (runs(workshop)) {
            return new Reader(workshop, false);
        }
        boolean participant = participants.findOne(id, currentUser.username()).isPresent();
        if (participant && workshop.isRevealed()) {
            return new Reader(workshop, true);
        }
        throw new AccessDeniedException(
                participant
                        ? "The facilitator has not revealed the debrief of workshop " + id + " yet."
                        : "You do not take part in workshop " + id + ".");
    }

    /** Whether the caller may read the workshop's debrief (see {@link #toRead}). */
    boolean mayRead(long id) {
        try {
            toRead(id);
            return true;
        } catch (AccessDeniedException | WorkshopNotFound e) {
            return false;
        }
    }

    boolean runs(Workshop workshop) {
        return currentUser.hasRole(Role.ADMIN)
                || (currentUser.hasRole(Role.FACILITATOR)
                        && workshop.getFacilitator().getUsername().equals(currentUser.username()));
    }

    String username() {
        return currentUser.username();
    }

    /** A workshop as the caller may read it; a participant reads under the same consent rules. */
    record Reader(Workshop workshop, boolean participant) {}
}
