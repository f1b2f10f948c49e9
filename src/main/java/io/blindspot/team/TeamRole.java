package io.blindspot.team;

/** A member's part in the team: the rule base treats the leader's profile on its own. */
public enum TeamRole {
    LEADER,
    MEMBER
}
