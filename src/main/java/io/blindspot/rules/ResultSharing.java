package io.blindspot.rules;

import java.util.Set;

/**
 * Whose own results may be shown by name for a team. Consent is given per workshop, a module above
 * the rule base, so the workshop module implements this and the rule base asks here before its
 * findings leave the server (the rule engine itself still sees every result).
 */
public interface ResultSharing {

    /** Usernames of the team's members who chose to share their own dot and scores; empty when nobody has. */
    Set<String> membersSharing(long teamId);
}
