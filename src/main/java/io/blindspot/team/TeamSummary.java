package io.blindspot.team;

/** A team as lists show it, with how many members have a submitted result. */
public record TeamSummary(long id, String name, String organisation, int size, long completed, String leaderName) {

    static TeamSummary of(Team team, long completed) {
        return new TeamSummary(
                team.getId(),
                team.getName(),
                team.getOrganisation(),
                team.getMemberships().size(),
                completed,
                team.leader().map(m -> m.getUser().getDisplayName()).orElse("—"));
    }
}
