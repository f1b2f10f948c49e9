package io.blindspot.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Builds the facts for one evaluation: the members placed relative to each other and the {@link
 * Team} with its statistics, all computed here so rules only compare numbers.
 *
 * @param team the team fact
 * @param members the member facts, in the order given
 */
public record TeamFacts(Team team, List<TeamMember> members) {

    public TeamFacts {
        members = List.copyOf(members);
    }

    /**
     * @param size members in the team, at least {@code completed.size()}
     * @param completed the members with a result; member ids must be unique
     */
    public static TeamFacts of(
            String teamId, String teamName, int size, List<TeamMember> completed, Parameters params) {
        if (size < completed.size()) {
            throw new IllegalArgumentException("size: " + size + " is less than the " + completed.size() + " results");
        }
        List<TeamMember> placed = place(completed);
        Team team = new Team(
                teamId,
                teamName,
                size,
                placed.size(),
                (int) placed.stream().filter(TeamMember::isLowQuality).count(),
                placed.stream()
                        .filter(TeamMember::isLeader)
                        .map(TeamMember::memberId)
                        .findFirst()
                        .orElse(null),
                scale(placed, TeamMember::d, params),
                scale(placed, TeamMember::i, params),
                scale(placed, TeamMember::s, params),
                scale(placed, TeamMember::c, params),
                axis(placed, TeamMember::peopleVsTask, params),
                axis(placed, TeamMember::pace, params),
                styleCounts(placed),
                median(placed.stream()
                        .mapToDouble(TeamMember::nearestDistance)
                        .filter(v -> !Double.isNaN(v))
                        .toArray()));
        return new TeamFacts(team, placed);
    }

    private static List<TeamMember> place(List<TeamMember> members) {
        List<TeamMember> placed = new ArrayList<>(members.size());
        for (TeamMember member : members) {
            TeamMember nearest = null;
            for (TeamMember other : members) {
                if (other != member && (nearest == null || member.distanceTo(other) < member.distanceTo(nearest))) {
                    nearest = other;
                }
            }
            placed.add(member.placedNear(nearest));
        }
        return placed;
    }

    private static ScaleStats scale(List<TeamMember> members, ToDoubleFunction<TeamMember> value, Parameters p) {
        return ScaleStats.of(members.stream().mapToDouble(value).toArray(), p.high(), p.low());
    }

    private static ScaleStats axis(List<TeamMember> members, ToDoubleFunction<TeamMember> value, Parameters p) {
        return ScaleStats.of(members.stream().mapToDouble(value).toArray(), p.axisHigh(), -p.axisHigh());
    }

    private static Map<String, Integer> styleCounts(List<TeamMember> members) {
        Map<String, Integer> counts = new TreeMap<>();
        members.forEach(m -> counts.merge(m.style(), 1, Integer::sum));
        return counts;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
