/**
 * The rule base at run time: loads the rule files at start-up, publishes a changed set as a new
 * stored version after its scenarios pass, keeps the last good version live when a change fails,
 * picks up versions other nodes published, reports the engine's health, and evaluates stored teams.
 *
 * <p>The team evaluation ({@code TeamEvaluationService} and the types it hands out) is the named
 * interface {@code evaluation}, for the modules above the rule base (workshops, debriefs).
 */
package io.blindspot.rules.live;
