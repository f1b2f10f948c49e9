package io.blindspot.rules.bench;

import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.team.TeamRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic organisations. Teams mix the seed's uniform high-D profile (about one
 * team in five), an all-steady profile and randomly varied profiles, so every rule family has work
 * to do, as in a real organisation.
 */
final class SyntheticOrgs {

    private SyntheticOrgs() {}

    /** The seed's seven executives. */
    static List<TeamInput> sevenExecutives() {
        return List.of(TeamInput.of(
                "Sales leadership",
                List.of(
                        MemberInput.of("e1", "Morgan", TeamRole.LEADER, 88, 38, 18, 62),
                        MemberInput.of("e2", "Riley", TeamRole.MEMBER, 82, 42, 22, 55),
                        MemberInput.of("e3", "Casey", TeamRole.MEMBER, 79, 35, 25, 66),
                        MemberInput.of("e4", "Jordan", TeamRole.MEMBER, 91, 45, 15, 50),
                        MemberInput.of("e5", "Taylor", TeamRole.MEMBER, 76, 40, 28, 60),
                        MemberInput.of("e6", "Avery", TeamRole.MEMBER, 85, 33, 20, 58),
                        MemberInput.of("e7", "Quinn", TeamRole.MEMBER, 80, 44, 24, 52))));
    }

    /** 225 members in 30 teams, 15 of 8 and 15 of 7, like the seed's sales organisation. */
    static List<TeamInput> salesOrganisation() {
        Random random = new Random(225L);
        List<TeamInput> teams = new ArrayList<>();
        for (int index = 0; index < 30; index++) {
            teams.add(team("t" + index, index % 2 == 0 ? 8 : 7, random));
        }
        return teams;
    }

    /** 10,000 members in teams of 5 to 10 (1,321 teams with this seed). */
    static List<TeamInput> largeOrganisation() {
        Random random = new Random(10_000L);
        List<TeamInput> teams = new ArrayList<>();
        int left = 10_000;
        while (left > 0) {
            int size = Math.min(left, 5 + random.nextInt(6));
            if (left - size > 0 && left - size < 5) {
                size = left; // no runt team at the end
            }
            teams.add(team("t" + teams.size(), size, random));
            left -= size;
        }
        return teams;
    }

    private static TeamInput team(String id, int size, Random random) {
        int kind = random.nextInt(10);
        List<MemberInput> members = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            double[] s =
                    switch (kind) {
                        case 0, 1 -> around(random, 84, 39, 22, 58); // the seed's pattern
                        case 2 -> around(random, 28, 50, 75, 48); // all steady
                        default -> new double[] {score(random), score(random), score(random), score(random)};
                    };
            TeamRole role = index == 0 ? TeamRole.LEADER : TeamRole.MEMBER;
            members.add(MemberInput.of(id + "m" + index, "Member " + index, role, s[0], s[1], s[2], s[3]));
        }
        return new TeamInput(id, "Team " + id, size, members);
    }

    private static double[] around(Random random, double d, double i, double s, double c) {
        return new double[] {jitter(random, d), jitter(random, i), jitter(random, s), jitter(random, c)};
    }

    private static double jitter(Random random, double centre) {
        return Math.max(0, Math.min(100, centre + random.nextGaussian() * 4));
    }

    private static double score(Random random) {
        return Math.max(0, Math.min(100, 50 + random.nextGaussian() * 20));
    }
}
