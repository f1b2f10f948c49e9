package io.blindspot.security;

import java.util.Set;

/**
 * Which teams, and so which people, a facilitator works with. Facilitation is defined by
 * workshops, and the workshop module implements this; the modules below it (assessment, team,
 * rules) ask here instead of reading workshops, which would point against the modules' direction.
 */
public interface Facilitation {

    /** The ids of the teams of the workshops this person runs. */
    Set<Long> teamsFacilitatedBy(String username);

    /** The usernames of the members of those teams. */
    Set<String> peopleFacilitatedBy(String username);
}
