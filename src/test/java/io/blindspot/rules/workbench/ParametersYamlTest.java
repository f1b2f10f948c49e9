package io.blindspot.rules.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form changes one value of parameters.yaml and leaves the rest of the text as HR wrote it. */
class ParametersYamlTest {

    private static final String YAML =
            """
            # Scale scores run 0-100.
            high: 65
            low: 35   # at or below
            uniformityShare: 0.8
            """;

    @Test
    void reads_the_values_as_written() {
        assertThat(ParametersYaml.values(YAML))
                .containsEntry("high", "65")
                .containsEntry("low", "35")
                .containsEntry("uniformityShare", "0.8")
                .doesNotContainKey("lowSpread");
    }

    @Test
    void sets_a_value_in_place_keeping_comments_and_order() {
        assertThat(ParametersYaml.set(YAML, "low", "30"))
                .isEqualTo(YAML.replace("low: 35   # at or below", "low: 30   # at or below"));
        assertThat(ParametersYaml.set(YAML, "high", "70")).isEqualTo(YAML.replace("high: 65", "high: 70"));
    }

    @Test
    void appends_a_missing_key_and_removes_one_set_to_the_shipped_value() {
        assertThat(ParametersYaml.set(YAML, "lowSpread", "15")).isEqualTo(YAML + "lowSpread: 15\n");
        assertThat(ParametersYaml.set("high: 65", "low", "30")).isEqualTo("high: 65\nlow: 30\n");
        assertThat(ParametersYaml.set(YAML, "uniformityShare", null))
                .isEqualTo(YAML.replace("uniformityShare: 0.8\n", ""));
    }
}
