package io.blindspot.rules;

import io.blindspot.rules.engine.dsl.DslExpander;
import io.blindspot.rules.engine.dsl.DslSentence;
import java.util.List;
import java.util.Map;

/** The sentences of a rule set's business language, as the editor offers them in {@code .dslr} files. */
public final class BusinessLanguage {

    private BusinessLanguage() {}

    /**
     * Every sentence of the rule set's {@code .dsl} files (name → content), conditions first, each
     * once, as written ({@code - } before a sentence that adds to the line above, {@code {name}} for
     * a placeholder).
     */
    public static List<String> sentences(Map<String, String> files) {
        return DslExpander.expand(files).sentences().stream()
                .sorted(java.util.Comparator.comparing(DslSentence::scope))
                .map(DslSentence::completion)
                .distinct()
                .toList();
    }
}
