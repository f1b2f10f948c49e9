package io.blindspot.rules.live;

/**
 * One file of a change to the rule set.
 *
 * @param name the path within the rule set, e.g. {@code leader.drl} or {@code scenarios/x.yaml}
 * @param content the new text; {@code null} removes the file (in overlay mode)
 */
public record RuleFileChange(String name, String content) {}
