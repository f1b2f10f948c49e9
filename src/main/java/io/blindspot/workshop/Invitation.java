package io.blindspot.workshop;

/**
 * An invitation or reminder that was sent, or that the facilitator must pass on by hand.
 *
 * @param link where the person starts: their one-time link to set a password, or the portal
 * @param mailed whether an e-mail went out; when false the portal shows the link to copy
 */
public record Invitation(String name, String email, String link, boolean mailed) {}
