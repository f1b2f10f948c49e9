package io.blindspot.rules;

import io.blindspot.base.InputRefused;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.TeamFacts;
import io.blindspot.rules.facts.TeamMember;
import io.blindspot.team.TeamRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A team to evaluate: its members' completed results and how many members it has in all.
 *
 * @param teamId the caller's id of the team (may be {@code null} for an ad-hoc team)
 * @param size members in the team, including those without a result; at least {@code
 *     members.size()} and at least 1
 * @param members members with a completed result, in the order reports should list them
 * @throws InputRefused naming the field, for duplicate member ids, more than one
 *     leader, or a size smaller than the number of results
 */
public record TeamInput(String teamId, String teamName, int size, List<MemberInput> members) {

    public TeamInput {
        members = List.copyOf(members);
        teamName = teamName == null ? "" : teamName;
        if (size < Math.max(1, members.size())) {
            throw InputRefused.ofField("size", "rules.team.size", String.valueOf(members.size()), String.valueOf(size));
        }
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < members.size(); index++) {
            if (!ids.add(members.get(index).id())) {
                throw InputRefused.ofField(
                        "members[" + index + "].id",
                        "rules.team.duplicate-id",
                        members.get(index).id());
            }
        }
        if (members.stream().filter(m -> m.role() == TeamRole.LEADER).count() > 1) {
            throw InputRefused.ofField("members", "rules.team.leaders");
        }
    }

    /** A team in which every member has completed. */
    public static TeamInput of(String teamName, List<MemberInput> members) {
        return new TeamInput(null, teamName, Math.max(1, members.size()), members);
    }

    /** The facts rules see, with statistics by the given parameters. */
    public TeamFacts toFacts(Parameters params) {
        List<TeamMember> facts = members.stream()
                .map(m ->
                        TeamMember.of(m.id(), m.name(), m.role().name(), m.d(), m.i(), m.s(), m.c(), m.qualityFlags()))
                .toList();
        return TeamFacts.of(teamId, teamName, size, facts, params);
    }
}
