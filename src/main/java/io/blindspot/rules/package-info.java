/**
 * The one entry point to the rule base: rule-set versions, team evaluation and their results.
 * The fact model HR reads lives in {@code rules.facts}; the Drools adapter in {@code rules.engine}.
 */
package io.blindspot.rules;
