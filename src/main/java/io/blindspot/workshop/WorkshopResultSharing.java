package io.blindspot.workshop;

import io.blindspot.rules.ResultSharing;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A team member shares by name only if they chose SHARE in the team's newest workshop. */
@Component
@Transactional(readOnly = true)
class WorkshopResultSharing implements ResultSharing {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;

    WorkshopResultSharing(WorkshopRepository workshops, ParticipantRepository participants) {
        this.workshops = workshops;
        this.participants = participants;
    }

    @Override
    public Set<String> membersSharing(long teamId) {
        return workshops.findByTeamNewestFirst(teamId).stream()
                .findFirst()
                .map(w -> participants.findByWorkshop(w.getId()).stream()
                        .filter(p -> p.consent() == Consent.SHARE)
                        .map(p -> p.user().getUsername())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
