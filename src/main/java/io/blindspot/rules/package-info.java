/**
 * The rule engine's entry point for the rest of the application. Pure Java: no Spring, no
 * database; the wiring layer makes beans of these.
 *
 * <ul>
 *   <li>{@link io.blindspot.rules.RuleSetSource} — rule files (path → content) and their hash,
 *       from a directory or from anywhere else (the database).
 *   <li>{@link io.blindspot.rules.RulePipeline} — parse → policy check → compile → run all
 *       scenarios; returns a {@link io.blindspot.rules.BuildReport} with diagnostics (file, line,
 *       column) and scenario results, and the compiled {@link io.blindspot.rules.RuleSet} when
 *       everything passed.
 *   <li>{@link io.blindspot.rules.TeamEvaluator} — holds the live rule set, swaps it atomically on
 *       publish, and evaluates a {@link io.blindspot.rules.TeamInput} into an {@link
 *       io.blindspot.rules.Evaluation}.
 * </ul>
 *
 * <p>Results use the fact model's records {@link io.blindspot.rules.facts.Finding} and {@link
 * io.blindspot.rules.facts.CoachingAction} directly rather than copies: they are plain immutable
 * records already, and one type per concept keeps the API, exports and rules in step.
 *
 * <p>The Spring wiring lives beside it: {@code rules.store} keeps published versions and
 * evaluations in the database, {@code rules.live} loads, publishes and evaluates, {@code
 * rules.api} is the HTTP API and {@code rules.ui} HR's views.
 */
package io.blindspot.rules;
