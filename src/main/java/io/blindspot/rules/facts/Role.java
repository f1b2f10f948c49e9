package io.blindspot.rules.facts;

/** A member's role in the team. There is at most one leader. */
public enum Role {
    LEADER,
    MEMBER
}
