package io.blindspot.rules;

import io.blindspot.team.TeamRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test data: {@code aTeam("Sales").withLeader("e1", 88, 38, 18, 62).withMember(...).build()}. */
final class TeamBuilder {

    private final String name;
    private final List<MemberInput> members = new ArrayList<>();
    private int size;

    private TeamBuilder(String name) {
        this.name = name;
    }

    static TeamBuilder aTeam(String name) {
        return new TeamBuilder(name);
    }

    /** The seed's seven executives, Morgan (e1) leading. */
    static TeamInput sevenExecutives() {
        return aTeam("Sales leadership")
                .withLeader("e1", 88, 38, 18, 62)
                .withMember("e2", 82, 42, 22, 55)
                .withMember("e3", 79, 35, 25, 66)
                .withMember("e4", 91, 45, 15, 50)
                .withMember("e5", 76, 40, 28, 60)
                .withMember("e6", 85, 33, 20, 58)
                .withMember("e7", 80, 44, 24, 52)
                .build();
    }

    TeamBuilder withLeader(String id, double d, double i, double s, double c) {
        members.add(MemberInput.of(id, "Leader " + id, TeamRole.LEADER, d, i, s, c));
        return this;
    }

    TeamBuilder withMember(String id, double d, double i, double s, double c) {
        members.add(MemberInput.of(id, "Member " + id, TeamRole.MEMBER, d, i, s, c));
        return this;
    }

    TeamBuilder withFlaggedMember(String id, double d, double i, double s, double c, String... flags) {
        members.add(new MemberInput(id, "Member " + id, TeamRole.MEMBER, d, i, s, c, Set.of(flags)));
        return this;
    }

    /** Members in the team in all, including those without a result. */
    TeamBuilder ofSize(int total) {
        this.size = total;
        return this;
    }

    TeamInput build() {
        return new TeamInput(null, name, Math.max(size, Math.max(1, members.size())), members);
    }
}
