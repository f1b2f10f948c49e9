package io.blindspot.rules;

import io.blindspot.team.TeamRole;
import java.util.Set;

/**
 * One member's completed result, as the caller provides it.
 *
 * @param d scale score 0–100 (likewise {@code i}, {@code s}, {@code c})
 * @param qualityFlags names of the scoring module's quality flags: {@code STRAIGHT_LINING}, {@code
 *     SPEEDING}, {@code INCONSISTENT}, {@code INCOMPLETE}
 * @throws IllegalArgumentException naming the field, for a blank id, a missing role, a score
 *     outside 0–100 or an unknown flag
 */
public record MemberInput(
        String id, String name, TeamRole role, double d, double i, double s, double c, Set<String> qualityFlags) {

    /** The quality flags the scoring module raises. */
    public static final Set<String> KNOWN_FLAGS = Set.of("STRAIGHT_LINING", "SPEEDING", "INCONSISTENT", "INCOMPLETE");

    public MemberInput {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("role: must be LEADER or MEMBER");
        }
        checkScore("D", d);
        checkScore("I", i);
        checkScore("S", s);
        checkScore("C", c);
        qualityFlags = qualityFlags == null ? Set.of() : Set.copyOf(qualityFlags);
        for (String flag : qualityFlags) {
            if (!KNOWN_FLAGS.contains(flag)) {
                throw new IllegalArgumentException("qualityFlags: unknown flag '" + flag + "', known: " + KNOWN_FLAGS);
            }
        }
    }

    /** A member with a sound result (no quality flags). */
    public static MemberInput of(String id, String name, TeamRole role, double d, double i, double s, double c) {
        return new MemberInput(id, name, role, d, i, s, c, Set.of());
    }

    private static void checkScore(String scale, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(scale + ": must be a number from 0 to 100, was " + value);
        }
    }
}
