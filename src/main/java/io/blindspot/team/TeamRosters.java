package io.blindspot.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams with their members for other modules' services, which check first whether the caller may
 * see the team; hence no role check here. Start-up tasks call it with nobody logged in.
 */
@Service
@Transactional(readOnly = true)
public class TeamRosters {

    private final TeamRepository teams;

    TeamRosters(TeamRepository teams) {
        this.teams = teams;
    }

    public Optional<TeamRoster> roster(long teamId) {
        return teams.findWithMembersById(teamId).map(TeamRoster::of);
    }

    /** The rosters of these teams, by team name; unknown ids are left out. */
    public List<TeamRoster> rosters(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return teams.findWithMembersByIdIn(teamIds).stream().map(TeamRoster::of).toList();
    }

    /** The team itself, for a workshop held with it; the caller has checked it may use the team. */
    public Optional<Team> team(long teamId) {
        return teams.findWithMembersById(teamId);
    }

    /** Every team, by name. */
    public List<TeamRoster> all() {
        return teams.findAllWithMembers().stream().map(TeamRoster::of).toList();
    }

    /** Creates a team with its members, e.g. for demo data. */
    @Transactional
    public TeamRoster create(Team team) {
        return TeamRoster.of(teams.save(team));
    }
}
