package io.blindspot.rules.facts;

import java.util.Map;

/**
 * The team as rules see it, with statistics computed in Java by {@link TeamFacts} before the rules
 * run. There is one {@code Team} fact per evaluation.
 *
 * @param size members in the team, including those who have not completed the questionnaire
 * @param completed members with a result, i.e. the {@link TeamMember} facts; statistics and shares
 *     are over these
 * @param lowQualityCount completed results that carry a quality flag
 * @param leaderId member id of the leader, or {@code null} when the team has none
 * @param d statistics of the D scale (likewise {@code i}, {@code s}, {@code c})
 * @param peopleVsTask statistics of the x axis of the style map
 * @param pace statistics of the y axis of the style map
 * @param styleCounts members per style name, only styles that occur
 * @param typicalNearestDistance the median distance of members to their nearest colleague on the
 *     style map: how close this team usually sits together
 */
public record Team(
        String id,
        String name,
        int size,
        int completed,
        int lowQualityCount,
        String leaderId,
        ScaleStats d,
        ScaleStats i,
        ScaleStats s,
        ScaleStats c,
        ScaleStats peopleVsTask,
        ScaleStats pace,
        Map<String, Integer> styleCounts,
        double typicalNearestDistance) {

    public Team {
        styleCounts = Map.copyOf(styleCounts);
    }

    /** Share (0–1) of completed results that carry a quality flag. */
    public double lowQualityShare() {
        return completed == 0 ? 0 : (double) lowQualityCount / completed;
    }

    /** Mean of the members' task focus, (D + C)/2. */
    public double meanTaskFocus() {
        return (d.mean() + c.mean()) / 2;
    }

    /** Mean of the members' relationship focus, (I + S)/2. */
    public double meanRelationshipFocus() {
        return (i.mean() + s.mean()) / 2;
    }

    /** {@code count} as a whole percentage of the completed results, for explanations. */
    public long percentOfCompleted(long count) {
        return completed == 0 ? 0 : Math.round(100.0 * count / completed);
    }

    public boolean hasLeader() {
        return leaderId != null;
    }

    /** How many members have the given style ("D", "DI", … or "BALANCED"). */
    public int styleCount(String style) {
        return styleCounts.getOrDefault(style, 0);
    }

    /** The style most members share (alphabetically first on a tie), or "" with no results. */
    public String dominantStyle() {
        return styleCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    /** The most common style in words, e.g. "Dominance–Influence". */
    public String dominantStyleName() {
        return StyleMap.words(dominantStyle());
    }

    /** Share (0–1) of completed results in the {@link #dominantStyle()}. */
    public double dominantStyleShare() {
        return completed == 0 ? 0 : (double) styleCount(dominantStyle()) / completed;
    }

    /** How many different styles occur in the team. */
    public int distinctStyles() {
        return styleCounts.size();
    }
}
