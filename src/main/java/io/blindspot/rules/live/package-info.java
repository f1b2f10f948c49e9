/**
 * The rule base at run time: loads the rule files at start-up, publishes a changed set as a new
 * stored version after its scenarios pass, keeps the last good version live when a change fails,
 * picks up versions other nodes published, reports the engine's health, and evaluates stored teams.
 */
package io.blindspot.rules.live;
