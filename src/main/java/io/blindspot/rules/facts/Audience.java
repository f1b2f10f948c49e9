package io.blindspot.rules.facts;

/** Who a coaching action is for: the whole team, the team's leader, or one member. */
public enum Audience {
    @Meaning("The whole team.")
    TEAM,
    @Meaning("The team's leader.")
    LEADER,
    @Meaning("One member.")
    MEMBER
}
