package io.blindspot.workshop;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.base.StateRefused;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each participant's own consent per workshop. Only the person decides, until the debrief is
 * revealed; every change is audited.
 */
@Service
@Transactional
public class ConsentService {

    private final ParticipantRepository participants;
    private final WorkshopRepository workshops;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentService(
            ParticipantRepository participants,
            WorkshopRepository workshops,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.participants = participants;
        this.workshops = workshops;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The logged-in person's workshops with their consent in each. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public List<MyConsent> myConsents() {
        String me = currentUser.username();
        return workshops.findByParticipant(me).stream()
                .map(w -> participants
                        .findOne(w.getId(), me)
                        .map(p -> new MyConsent(w.getId(), w.getTitle(), p.consent(), !w.isRevealed()))
                        .orElseThrow())
                .toList();
    }

    /**
     * Sets the logged-in person's consent in one workshop.
     *
     * @throws IllegalStateException once the debrief is revealed
     * @throws AccessDeniedException when the person does not take part
     */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public MyConsent setMine(long workshopId, Consent consent) {
        String me = currentUser.username();
        var participant = participants
                .findOne(workshopId, me)
                .orElseThrow(() -> new AccessDeniedException("You do not take part in workshop " + workshopId + "."));
        if (consent == null) {
            throw InputRefused.ofField("consent", "workshop.refused.consentMissing");
        }
        var workshop = participant.workshop();
        if (workshop.isRevealed()) {
            throw new StateRefused("workshop.refused.consentFixed", workshop.getTitle());
        }
        var before = participant.consent();
        participant.consent(consent, clock.instant());
        audit.record(
                me,
                "CONSENT_CHANGED",
                participant.user().getId(),
                "workshop:" + workshopId,
                before.name() + " → " + consent.name());
        return new MyConsent(workshopId, workshop.getTitle(), consent, true);
    }

    /** A participant's consent in one workshop, and whether they can still change it. */
    public record MyConsent(long workshopId, String title, Consent consent, boolean changeable) {}
}
