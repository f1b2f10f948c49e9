package io.blindspot.rules.facts;

import java.util.Objects;
import java.util.Set;

/**
 * One team member's completed profile, as rules see it.
 *
 * <p>Scale scores are 0–100. Everything else is derived from them, so rules read the same numbers
 * the report shows: {@code taskFocus} = (D + C)/2, {@code relationshipFocus} = (I + S)/2 (the
 * design calls it people focus), {@code peopleVsTask} = relationshipFocus − taskFocus, {@code
 * pace} = (D + I)/2 − (S + C)/2, and {@code style} and {@code intensity} as in {@link StyleMap}.
 *
 * <p>{@code nearestDistance} is the distance on the style map to the closest other member of the
 * team and {@code nearestMemberId} who that is; both are filled in by {@link TeamFacts} ({@code
 * NaN} and {@code null} for a member with no one else to compare with); {@code nearestMemberName}
 * is that colleague's display name, for evidence people read.
 *
 * <p>In a rule: {@code TeamMember( leader, taskFocus >= params.high, relationshipFocus <=
 * params.low )}.
 *
 * @param role {@code "LEADER"} or {@code "MEMBER"}: the name of the member's team role, a text like
 *     {@code style}, so the fact model depends on no other module
 * @param qualityFlags response-quality flags of the result ({@code STRAIGHT_LINING}, {@code
 *     SPEEDING}, {@code INCONSISTENT}, {@code INCOMPLETE}); empty when the result looks sound
 */
public record TeamMember(
        @Meaning("The member's id; findings list members by it.") String memberId,
        @Meaning("The member's name as people read it: use it in titles and evidence.") String displayName,
        @Meaning("\"LEADER\" or \"MEMBER\", as text, e.g. role == \"LEADER\".") String role,
        @Meaning("The member's D (dominance) score, 0-100.") double d,
        @Meaning("The member's I (influence) score, 0-100.") double i,
        @Meaning("The member's S (steadiness) score, 0-100.") double s,
        @Meaning("The member's C (conscientiousness) score, 0-100.") double c,
        @Meaning(
                        "The result's quality flags: STRAIGHT_LINING, SPEEDING, INCONSISTENT, INCOMPLETE; empty when it looks sound.")
                Set<String> qualityFlags,
        @Meaning("Distance on the style map to the closest colleague (NaN when there is no one to compare with).")
                double nearestDistance,
        @Meaning("The member id of the closest colleague on the style map.") String nearestMemberId,
        @Meaning("The display name of the closest colleague, for evidence people read.") String nearestMemberName) {

    public static final String LEADER = "LEADER";
    public static final String MEMBER = "MEMBER";

    public TeamMember {
        Objects.requireNonNull(memberId, "memberId");
        if (!LEADER.equals(role) && !MEMBER.equals(role)) {
            throw new IllegalArgumentException("role: must be LEADER or MEMBER, was " + role);
        }
        displayName = displayName == null || displayName.isBlank() ? memberId : displayName;
        qualityFlags = qualityFlags == null ? Set.of() : Set.copyOf(qualityFlags);
    }

    /** A member whose place among the others is not yet known (see {@link TeamFacts}). */
    @Meaning("Builds a member whose place among the others is not yet known; used by the engine, not in rules.")
    public static TeamMember of(
            String memberId,
            String displayName,
            String role,
            double d,
            double i,
            double s,
            double c,
            Set<String> flags) {
        return new TeamMember(memberId, displayName, role, d, i, s, c, flags, Double.NaN, null, null);
    }

    TeamMember placedNear(TeamMember nearest) {
        double distance = nearest == null ? Double.NaN : distanceTo(nearest);
        String nearestId = nearest == null ? null : nearest.memberId();
        String nearestName = nearest == null ? null : nearest.displayName();
        return new TeamMember(memberId, displayName, role, d, i, s, c, qualityFlags, distance, nearestId, nearestName);
    }

    /** Mean of D and C, 0–100. */
    @Meaning("Focus on tasks, (D + C) / 2, 0-100.")
    public double taskFocus() {
        return (d + c) / 2;
    }

    /** Mean of I and S, 0–100: focus on people and relationships. */
    @Meaning("Focus on people and relationships, (I + S) / 2, 0-100.")
    public double relationshipFocus() {
        return (i + s) / 2;
    }

    /** x on the style map, −100 (task) … +100 (people). */
    @Meaning(
            "Where the member sits on the people-versus-task axis: relationshipFocus - taskFocus, -100 (task) … +100 (people).")
    public double peopleVsTask() {
        return StyleMap.peopleVsTask(d, i, s, c);
    }

    /** y on the style map, −100 (moderate pace) … +100 (fast pace). */
    @Meaning("Where the member sits on the pace axis: (D + I)/2 - (S + C)/2, -100 (moderate) … +100 (fast).")
    public double pace() {
        return StyleMap.pace(d, i, s, c);
    }

    /** Distance from the centre of the style map, 0–100. */
    @Meaning("Distance from the centre of the style map, 0-100: how pronounced the style is.")
    public double intensity() {
        return StyleMap.intensity(peopleVsTask(), pace());
    }

    /** "D", "DI", "I", "IS", "S", "SC", "C", "CD" or "BALANCED". */
    @Meaning(
            "The style code: \"D\", \"DI\", \"I\", \"IS\", \"S\", \"SC\", \"C\", \"CD\", or \"BALANCED\" near the centre.")
    public String style() {
        return StyleMap.style(peopleVsTask(), pace());
    }

    /** The style in words, e.g. "Dominance–Influence" for DI, for what people read. */
    @Meaning("The style in words, e.g. \"Dominance–Influence\": use it in titles and evidence.")
    public String styleName() {
        return StyleMap.words(style());
    }

    @Meaning("True for the team's leader (in a rule: leader).")
    public boolean isLeader() {
        return LEADER.equals(role);
    }

    /** Task focus outweighs relationship focus (left half of the style map). */
    @Meaning("True when the member sits on the task side of the style map (in a rule: taskFocused).")
    public boolean isTaskFocused() {
        return peopleVsTask() < 0;
    }

    /** Relationship focus outweighs task focus (right half of the style map). */
    @Meaning("True when the member sits on the people side of the style map (in a rule: peopleFocused).")
    public boolean isPeopleFocused() {
        return peopleVsTask() > 0;
    }

    /** The result carries at least one response-quality flag. */
    @Meaning("True when the result carries any quality flag (in a rule: lowQuality).")
    public boolean isLowQuality() {
        return !qualityFlags.isEmpty();
    }

    /** Straight-line distance to another member on the style map. */
    @Meaning("The distance on the style map to another member.")
    public double distanceTo(TeamMember other) {
        return Math.hypot(peopleVsTask() - other.peopleVsTask(), pace() - other.pace());
    }
}
