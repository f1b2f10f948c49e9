package io.blindspot.team;

import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading teams. Facilitators see the teams of their own workshops; administrators see all. */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final TeamRepository teams;
    private final CurrentUser currentUser;

    TeamService(TeamRepository teams, CurrentUser currentUser) {
        this.teams = teams;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<TeamSummary> teamsOfCurrentFacilitator() {
        return summarise(teams.findFacilitatedBy(currentUser.username()));
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
        Map<Long, Long> completed = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row :
                    teams.countCompletedMembers(found.stream().map(Team::getId).toList())) {
                completed.put((Long) row[0], (Long) row[1]);
            }
        }
        return found.stream()
                .map(t -> TeamSummary.of(t, completed.getOrDefault(t.getId(), 0L)))
                .toList();
    }
}
