package io.blindspot.rules.engine.dsl;

/**
 * What expanding business-language rules found wrong, at a place in a {@code .dsl} or {@code .dslr}
 * file.
 *
 * @param refused {@code true} for what the policy refuses (a raw-DRL line), {@code false} for what
 *     cannot be read (a sentence the DSL does not know, a malformed mapping)
 */
public record DslProblem(String file, int line, int column, boolean refused, String message) {}
