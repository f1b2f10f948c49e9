/**
 * The fact model that the rule files in {@code rules/} are written against. HR reads this, so it
 * stays small and plain: records, enums and a little arithmetic, no framework.
 *
 * <p>Inputs, built in Java before the rules run: {@link io.blindspot.rules.facts.TeamMember} (one
 * member's profile) and {@link io.blindspot.rules.facts.Team} (the team with statistics per scale
 * and axis, see {@link io.blindspot.rules.facts.TeamFacts}). The thresholds come from {@code
 * rules/parameters.yaml} as the global {@code params} ({@link io.blindspot.rules.facts.Parameters}).
 *
 * <p>Outputs, inserted by rules: {@link io.blindspot.rules.facts.Finding} and {@link
 * io.blindspot.rules.facts.CoachingAction}. Coaching rules match findings, so a new coaching action
 * for an existing finding needs no change to the rule that finds it.
 *
 * <p>Why style is a {@code String} and quality flags a {@code Set<String>}: this package must not
 * depend on {@code io.blindspot.scoring}, so rules can be developed and tested on their own. The
 * names match the scoring enums ({@code Style} and {@code QualityFlag}) exactly, and the style map
 * arithmetic in {@link io.blindspot.rules.facts.StyleMap} mirrors the scoring module's; a test in
 * the wiring layer should keep the two in step.
 */
package io.blindspot.rules.facts;
