package io.blindspot.team.api;

import io.blindspot.team.TeamService;
import io.blindspot.team.TeamSummary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/teams}: the teams the caller may see. Roles are enforced by {@link TeamService}. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApi {

    private final TeamService teams;

    TeamApi(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    List<TeamSummary> visibleTeams() {
        return teams.visibleTeams();
    }
}
