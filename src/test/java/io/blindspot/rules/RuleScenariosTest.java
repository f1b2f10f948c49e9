package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file in {@code rules/scenarios}, one dynamic test each, so a scenario HR adds
 * is tested without a Java change. A file that cannot be read fails its own test, naming the file
 * and the field.
 */
class RuleScenariosTest {

    @TestFactory
    Stream<DynamicTest> every_scenario_in_the_rules_folder_passes() {
        BuildReport report = ShippedRuleSet.report();
        List<ScenarioResult> results = report.scenarios();
        assertThat(results).as("scenario files found in rules/scenarios").isNotEmpty();
        return results.stream()
                .map(result -> DynamicTest.dynamicTest(result.file() + ": " + result.name(), () -> {
                    assertThat(result.failures()).as(result.file()).isEmpty();
                }));
    }

    @org.junit.jupiter.api.Test
    void the_shipped_rule_set_builds_without_errors() {
        assertThat(ShippedRuleSet.report().errors()).isEmpty();
        assertThat(ShippedRuleSet.report().ok())
                .as(ShippedRuleSet.report().summary())
                .isTrue();
    }
}
