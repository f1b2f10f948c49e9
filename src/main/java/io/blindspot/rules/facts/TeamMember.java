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
        String memberId,
        String displayName,
        String role,
        double d,
        double i,
        double s,
        double c,
        Set<String> qualityFlags,
        double nearestDistance,
        String nearestMemberId,
        String nearestMemberName) {

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
    public double taskFocus() {
        return (d + c) / 2;
    }

    /** Mean of I and S, 0–100: focus on people and relationships. */
    public double relationshipFocus() {
        return (i + s) / 2;
    }

    /** x on the style map, −100 (task) … +100 (people). */
    public double peopleVsTask() {
        return StyleMap.peopleVsTask(d, i, s, c);
    }

    /** y on the style map, −100 (moderate pace) … +100 (fast pace). */
    public double pace() {
        return StyleMap.pace(d, i, s, c);
    }

    /** Distance from the centre of the style map, 0–100. */
    public double intensity() {
        return StyleMap.intensity(peopleVsTask(), pace());
    }

    /** "D", "DI", "I", "IS", "S", "SC", "C", "CD" or "BALANCED". */
    public String style() {
        return StyleMap.style(peopleVsTask(), pace());
    }

    /** The style in words, e.g. "Dominance–Influence" for DI, for what people read. */
    public String styleName() {
        return StyleMap.words(style());
    }

    public boolean isLeader() {
        return LEADER.equals(role);
    }

    /** Task focus outweighs relationship focus (left half of the style map). */
    public boolean isTaskFocused() {
        return peopleVsTask() < 0;
    }

    /** Relationship focus outweighs task focus (right half of the style map). */
    public boolean isPeopleFocused() {
        return peopleVsTask() > 0;
    }

    /** The result carries at least one response-quality flag. */
    public boolean isLowQuality() {
        return !qualityFlags.isEmpty();
    }

    /** Straight-line distance to another member on the style map. */
    public double distanceTo(TeamMember other) {
        return Math.hypot(peopleVsTask() - other.peopleVsTask(), pace() - other.pace());
    }
}
