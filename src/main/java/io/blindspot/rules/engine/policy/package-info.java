/**
 * The policy check on rule files: an allowlist over the parsed structure of each {@code .drl}, run
 * after parsing and before anything is compiled, because compiling and firing a rule file runs the
 * Java inside it.
 *
 * <p>{@link io.blindspot.rules.engine.policy.RulePolicy} parses each file with Drools' own parser
 * ({@code DrlParser} → {@code PackageDescr}) and walks every descriptor: package, imports, globals,
 * functions, type declarations, rule attributes, conditions with their sources, and consequences.
 * Constraint expressions and consequences are parsed as Java with JavaParser, after Unicode escapes
 * are translated the way javac translates them, so the policy reads the code the compiler will
 * read. Nothing is searched for as text: whatever the walk does not recognise as allowed is refused.
 *
 * <p>What is allowed is derived from the fact model's public API at run time ({@link
 * io.blindspot.rules.engine.policy.FactModel}), so a property added to a fact is usable at once and
 * the policy never drifts from the code. rules/README.md lists what rule files may use.
 */
package io.blindspot.rules.engine.policy;
