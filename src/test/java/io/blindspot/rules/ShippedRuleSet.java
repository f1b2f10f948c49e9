package io.blindspot.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule set in the repository's {@code rules/} folder, built once per test run: compiling takes
 * seconds, and the tests only read from it.
 */
final class ShippedRuleSet {

    private static BuildReport report;

    private ShippedRuleSet() {}

    /** The {@code rules/} folder; tests run from the project root. */
    static Path directory() {
        Path rules = Path.of("rules");
        if (!Files.isDirectory(rules)) {
            throw new IllegalStateException("no rules/ folder in " + Path.of("").toAbsolutePath());
        }
        return rules;
    }

    static synchronized BuildReport report() {
        if (report == null) {
            report = new RulePipeline().build(RuleSetSource.fromDirectory(directory()));
        }
        return report;
    }

    /** The compiled shipped rule set; fails loudly with every problem when it does not build. */
    static RuleSet ruleSet() {
        return report().ruleSet().orElseThrow(() -> new AssertionError(report().summary()));
    }
}
