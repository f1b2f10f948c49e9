package io.blindspot.workshop;

import io.blindspot.security.Facilitation;
import io.blindspot.team.TeamRoster;
import io.blindspot.team.TeamRosters;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator works with the teams of the workshops they run, and with those teams' members. */
@Component
@Transactional(readOnly = true)
class WorkshopFacilitation implements Facilitation {

    private final WorkshopRepository workshops;
    private final TeamRosters teams;

    WorkshopFacilitation(WorkshopRepository workshops, TeamRosters teams) {
        this.workshops = workshops;
        this.teams = teams;
    }

    @Override
    public Set<Long> teamsFacilitatedBy(String username) {
        return Set.copyOf(workshops.findTeamIdsFacilitatedBy(username));
    }

    @Override
    public Set<String> peopleFacilitatedBy(String username) {
        Set<String> people = new LinkedHashSet<>();
        for (TeamRoster team : teams.rosters(teamsFacilitatedBy(username))) {
            team.members().forEach(member -> people.add(member.username()));
        }
        return people;
    }
}
