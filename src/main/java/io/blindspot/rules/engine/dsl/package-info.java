/**
 * Business-language rules: {@code .dsl} files map plain-English sentences to DRL (Drools' DSL
 * format), and {@code .dslr} files are rules written in those sentences. {@link
 * io.blindspot.rules.engine.dsl.DslExpander} turns a {@code .dslr} file into DRL line for line, so
 * the policy check and the compiler see exactly the expanded DRL and every problem keeps the
 * {@code .dslr} file's own line number.
 */
package io.blindspot.rules.engine.dsl;
