package io.blindspot.team;

import io.blindspot.assessment.SubmittedResults;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Facilitation;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading teams. Facilitators see the teams of their own workshops; administrators see all. */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final Facilitation facilitation;
    private final SubmittedResults results;

    TeamService(TeamRepository teams, CurrentUser currentUser, Facilitation facilitation, SubmittedResults results) {
        this.teams = teams;
        this.currentUser = currentUser;
        this.facilitation = facilitation;
        this.results = results;
    }

    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<TeamSummary> teamsOfCurrentFacilitator() {
        var facilitated = facilitation.teamsFacilitatedBy(currentUser.username());
        return summarise(facilitated.isEmpty() ? List.of() : teams.findWithMembersByIdIn(facilitated));
    }

    /** Teams the current user may see: all for administrators, their workshops' teams for facilitators. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public List<TeamSummary> visibleTeams() {
        return currentUser.hasRole(Role.ADMIN) ? summarise(teams.findAllWithMembers()) : teamsOfCurrentFacilitator();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count() {
        return teams.count();
    }

    private List<TeamSummary> summarise(List<Team> found) {
        Set<Long> submitted = results.peopleWhoSubmitted(found.stream()
                .flatMap(t -> t.getMemberships().stream())
                .map(m -> m.getUser().getId())
                .toList());
        return found.stream()
                .map(t -> TeamSummary.of(t, completedMembers(t, submitted)))
                .toList();
    }

    private static long completedMembers(Team team, Set<Long> submitted) {
        return team.getMemberships().stream()
                .map(m -> m.getUser().getId())
                .distinct()
                .filter(submitted::contains)
                .count();
    }
}
