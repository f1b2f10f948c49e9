/**
 * JMH benchmarks and measurements of the rule engine, run with the {@code jmh} Maven profile; see
 * {@code docs/performance.md} for the commands and the figures. Nothing here ships.
 */
package io.blindspot.rules.bench;
