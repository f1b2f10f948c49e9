package io.blindspot.workshop;

import io.blindspot.security.UserAccount;
import io.blindspot.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates workshops for demo and test data through the same entities the services use. No role
 * checks: it runs at start-up, with nobody logged in, and from tests.
 */
@Service
@Transactional
public class WorkshopSeeder {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final CommitmentRepository commitments;
    private final Clock clock;

    WorkshopSeeder(
            WorkshopRepository workshops,
            ParticipantRepository participants,
            CommitmentRepository commitments,
            Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.commitments = commitments;
        this.clock = clock;
    }

    /** A workshop with every team member as a participant (consent: aggregate only); returns its id. */
    public long workshop(
            Team team,
            UserAccount facilitator,
            String title,
            WorkshopStatus status,
            LocalDate date,
            LocalDate deadline) {
        var workshop = workshops.save(new Workshop(team, facilitator, title, status, date, clock.instant())
                .plannedWith(deadline, Workshop.DEFAULT_MINIMUM_GROUP_SIZE, "workplace-style", 1, null));
        team.getMemberships().forEach(m -> participants.save(new Participant(workshop, m.getUser(), clock.instant())));
        return workshop.getId();
    }

    public void consent(long workshopId, String username, Consent consent) {
        participants.findOne(workshopId, username).orElseThrow().consent(consent, clock.instant());
    }

    public void reveal(long workshopId) {
        workshops.findById(workshopId).orElseThrow().reveal(clock.instant());
    }

    public void commitment(long workshopId, String findingCode, String text, String owner, LocalDate dueOn) {
        var participant = participants.findOne(workshopId, owner).orElseThrow();
        commitments.save(
                new Commitment(participant.workshop(), findingCode, text, participant.user(), dueOn, clock.instant()));
    }
}
