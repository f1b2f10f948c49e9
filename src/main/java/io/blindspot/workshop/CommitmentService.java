package io.blindspot.workshop;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.security.AccountService;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments agreed in a debrief: the facilitator records them with an owner and a due date; owners
 * see theirs on their home page and mark progress; the facilitator sees overdue ones.
 */
@Service
@Transactional
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final ParticipantRepository participants;
    private final WorkshopAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CommitmentService(
            CommitmentRepository commitments,
            ParticipantRepository participants,
            WorkshopAccess access,
            AccountService accounts,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.commitments = commitments;
        this.participants = participants;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an agreed commitment.
     *
     * @param findingCode the finding it answers, or {@code null} for the facilitator's own
     * @throws IllegalArgumentException naming the field that is wrong
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Debrief.CommitmentView add(long workshopId, String findingCode, String text, String owner, LocalDate dueOn) {
        var workshop = access.toRun(workshopId);
        if (text == null || text.isBlank()) {
            throw InputRefused.ofField("text", "workshop.refused.commitmentTextMissing");
        }
        if (text.length() > 1000) {
            throw InputRefused.ofField("text", "workshop.refused.commitmentTextTooLong", String.valueOf(text.length()));
        }
        if (dueOn == null) {
            throw InputRefused.ofField("dueOn", "workshop.refused.dueDateMissing");
        }
        var participant = participants
                .findOne(workshopId, owner == null ? "" : owner)
                .orElseThrow(() ->
                        InputRefused.ofField("owner", "workshop.refused.ownerNotParticipant", String.valueOf(owner)));
        var saved = commitments.save(
                new Commitment(workshop, findingCode, text.trim(), participant.user(), dueOn, clock.instant()));
        audit.record(
                currentUser.username(), "COMMITMENT_ADDED", participant.user().getId(), "workshop:" + workshopId, text);
        return view(saved, LocalDate.now(clock));
    }

    /** The owner (or the workshop's facilitator) marks progress. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public Debrief.CommitmentView updateStatus(long commitmentId, CommitmentStatus status) {
        var commitment = commitments
                .findById(commitmentId)
                .orElseThrow(() -> new InputRefused("workshop.refused.noCommitment", String.valueOf(commitmentId)));
        boolean owner = commitment.owner().getUsername().equals(currentUser.username());
        if (!owner && !access.runs(commitment.workshop())) {
            throw new AccessDeniedException("Only the owner or the facilitator can update this commitment.");
        }
        commitment.status(status, clock.instant());
        audit.record(
                currentUser.username(),
                "COMMITMENT_UPDATED",
                commitment.owner().getId(),
                "commitment:" + commitmentId,
                status.name());
        return view(commitment, LocalDate.now(clock));
    }

    /** The logged-in person's own commitments, by due date. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public List<MyCommitment> mine() {
        var today = LocalDate.now(clock);
        return commitments.findByOwner(currentUser.username()).stream()
                .map(c -> new MyCommitment(c.workshop().getTitle(), view(c, today)))
                .toList();
    }

    /** Overdue commitments in the workshops the logged-in facilitator runs, oldest due first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<MyCommitment> overdueInMyWorkshops() {
        var today = LocalDate.now(clock);
        return commitments.findByFacilitator(currentUser.username()).stream()
                .map(c -> new MyCommitment(c.workshop().getTitle(), view(c, today)))
                .filter(c -> c.commitment().overdue())
                .toList();
    }

    static Debrief.CommitmentView view(Commitment c, LocalDate today) {
        boolean open = c.status() == CommitmentStatus.OPEN || c.status() == CommitmentStatus.IN_PROGRESS;
        return new Debrief.CommitmentView(
                c.getId(),
                c.findingCode(),
                c.text(),
                c.owner().getDisplayName(),
                c.dueOn(),
                c.status().name(),
                open && c.dueOn().isBefore(today));
    }

    /** A commitment on its owner's home page, with the workshop it came from. */
    public record MyCommitment(String workshop, Debrief.CommitmentView commitment) {}
}
