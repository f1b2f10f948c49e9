/**
 * The Drools adapter: the only package that imports {@code org.kie} or {@code org.drools}.
 *
 * <p>{@link io.blindspot.rules.engine.RuleCompiler} builds rule files (a map of path to content, so
 * they can come from disk or the database) into a {@link io.blindspot.rules.engine.CompiledRuleBase}
 * with its own ReleaseId, or reports every message with file, line and column. {@link
 * io.blindspot.rules.engine.LiveRuleBase} holds the rule base in use and swaps it atomically.
 * Evaluations run in a new session each, bounded by a cap on rule firings and a time limit (see
 * {@link io.blindspot.rules.engine.BoundedSession}).
 *
 * <p>{@code rules.engine.policy} checks rule files against an allowlist before they are compiled
 * ({@link io.blindspot.rules.engine.policy.RulePolicy}): compiling and firing a rule file runs the
 * Java in it.
 *
 * <p>Everything this package hands out is plain Java (records of the fact model, strings, maps),
 * so callers never see a Drools type.
 */
package io.blindspot.rules.engine;
