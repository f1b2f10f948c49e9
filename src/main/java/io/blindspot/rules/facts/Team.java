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
        @Meaning("The team's id in Blindspot.") String id,
        @Meaning("The team's name, for titles and evidence people read.") String name,
        @Meaning("Members in the team, including those who have not completed the questionnaire yet.") int size,
        @Meaning("Members with a completed result; shares and statistics are of these.") int completed,
        @Meaning("Completed results that carry a quality flag (straight-lining, speeding, inconsistent, incomplete).")
                int lowQualityCount,
        @Meaning("The leader's member id, or null when the team has no leader.") String leaderId,
        @Meaning("Statistics of the D (dominance) scores of the members with a result, e.g. d.highCount.") ScaleStats d,
        @Meaning("Statistics of the I (influence) scores, e.g. i.highCount.") ScaleStats i,
        @Meaning("Statistics of the S (steadiness) scores, e.g. s.highCount == 0: nobody high in S.") ScaleStats s,
        @Meaning("Statistics of the C (conscientiousness) scores, e.g. c.max.") ScaleStats c,
        @Meaning(
                        "Statistics of the people-versus-task axis of the style map (-100 task … +100 people); high means at least high - low toward people.")
                ScaleStats peopleVsTask,
        @Meaning(
                        "Statistics of the pace axis of the style map (-100 moderate … +100 fast); high means at least high - low toward fast.")
                ScaleStats pace,
        @Meaning("Members per style code (\"D\", \"DI\", … \"BALANCED\"), only the styles that occur.")
                Map<String, Integer> styleCounts,
        @Meaning(
                        "The median distance of members to their nearest colleague on the style map: how close this team usually sits.")
                double typicalNearestDistance) {

    public Team {
        styleCounts = Map.copyOf(styleCounts);
    }

    /** Share (0–1) of completed results that carry a quality flag. */
    @Meaning("Share (0-1) of completed results that carry a quality flag.")
    public double lowQualityShare() {
        return completed == 0 ? 0 : (double) lowQualityCount / completed;
    }

    /** Mean of the members' task focus, (D + C)/2. */
    @Meaning("The team's mean task focus, (D + C) / 2, 0-100.")
    public double meanTaskFocus() {
        return (d.mean() + c.mean()) / 2;
    }

    /** Mean of the members' relationship focus, (I + S)/2. */
    @Meaning("The team's mean relationship focus, (I + S) / 2, 0-100.")
    public double meanRelationshipFocus() {
        return (i.mean() + s.mean()) / 2;
    }

    /** {@code count} as a whole percentage of the completed results, for explanations. */
    @Meaning("A count as a whole percentage of the completed results, for explanations.")
    public long percentOfCompleted(long count) {
        return completed == 0 ? 0 : Math.round(100.0 * count / completed);
    }

    @Meaning("True when the team has a leader.")
    public boolean hasLeader() {
        return leaderId != null;
    }

    /** How many members have the given style ("D", "DI", … or "BALANCED"). */
    @Meaning("How many members have the given style, e.g. styleCount( \"D\" ).")
    public int styleCount(String style) {
        return styleCounts.getOrDefault(style, 0);
    }

    /** The style most members share (alphabetically first on a tie), or "" with no results. */
    @Meaning("The style code most members share (alphabetically first on a tie), \"\" with no results.")
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
    @Meaning("The most common style in words, e.g. \"Dominance–Influence\".")
    public String dominantStyleName() {
        return StyleMap.words(dominantStyle());
    }

    /** Share (0–1) of completed results in the {@link #dominantStyle()}. */
    @Meaning("Share (0-1) of completed results that have the most common style.")
    public double dominantStyleShare() {
        return completed == 0 ? 0 : (double) styleCount(dominantStyle()) / completed;
    }

    /** How many different styles occur in the team. */
    @Meaning("How many different styles occur in the team.")
    public int distinctStyles() {
        return styleCounts.size();
    }
}
