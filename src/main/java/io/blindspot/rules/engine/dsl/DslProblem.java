package io.blindspot.rules.engine.dsl;

import io.blindspot.rules.engine.policy.PolicyText;

/**
 * What expanding business-language rules found wrong, at a place in a {@code .dsl} or {@code .dslr}
 * file.
 *
 * @param refused {@code true} for what the policy refuses (a raw-DRL line), {@code false} for what
 *     cannot be read (a sentence the DSL does not know, a malformed mapping)
 * @param message what is wrong, in English
 * @param text the same as a key of the rules bundle, for the editor
 */
public record DslProblem(String file, int line, int column, boolean refused, String message, PolicyText text) {

    DslProblem(String file, int line, int column, boolean refused, PolicyText text) {
        this(file, line, column, refused, text.english(), text);
    }
}
