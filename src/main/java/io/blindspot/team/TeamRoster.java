package io.blindspot.team;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A team with its members, as other modules read it (the rule base evaluates a roster, the
 * workshops find a facilitator's people in it).
 */
public record TeamRoster(long id, String name, String organisation, List<Member> members) {

    public TeamRoster {
        members = List.copyOf(members);
    }

    static TeamRoster of(Team team) {
        return new TeamRoster(
                team.getId(),
                team.getName(),
                team.getOrganisation(),
                team.getMemberships().stream().map(Member::of).toList());
    }

    /** Display name by username, for showing who a finding rests on. */
    public Map<String, String> displayNames() {
        return members.stream().collect(Collectors.toMap(Member::username, Member::displayName));
    }

    /** One member: who, with which role in the team. */
    public record Member(long userId, String username, String displayName, TeamRole role, String jobTitle) {

        static Member of(TeamMembership membership) {
            var user = membership.getUser();
            return new Member(
                    user.getId(),
                    user.getUsername(),
                    user.getDisplayName(),
                    membership.getTeamRole(),
                    membership.getJobTitle());
        }
    }
}
