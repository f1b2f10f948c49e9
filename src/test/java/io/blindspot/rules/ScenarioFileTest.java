package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A scenario file that cannot be read says which file and which field. */
class ScenarioFileTest {

    private static final String FILE = "scenarios/example.yaml";

    @Test
    void a_well_formed_scenario_reads_team_expectations_and_forbidden_findings() {
        Scenario scenario = ScenarioFile.read(
                FILE,
                """
                name: Example
                team:
                  name: T
                  size: 4
                  members:
                    - { id: a, name: Ann, role: leader, D: 70, I: 20, S: 30, C: 60, flags: [SPEEDING] }
                expect:
                  - { code: INSUFFICIENT_DATA, severity: INFO, evidence: { completed results: 1 } }
                forbid:
                  - { code: ISOLATED_MEMBER, members: [a] }
                """);

        assertThat(scenario.name()).isEqualTo("Example");
        assertThat(scenario.team().size()).isEqualTo(4);
        assertThat(scenario.team().members().get(0).qualityFlags()).containsExactly("SPEEDING");
        assertThat(scenario.expected().get(0).evidence()).containsEntry("completed results", "1");
        assertThat(scenario.forbidden().get(0).members()).containsExactly("a");
    }

    @Test
    void a_score_that_is_not_a_number_names_the_file_and_the_field() {
        assertThatThrownBy(() -> ScenarioFile.read(FILE, member("D: high")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("team.members[1].D")
                .hasMessageContaining("expected a number");
    }

    @Test
    void a_score_out_of_range_names_the_field() {
        assertThatThrownBy(() -> ScenarioFile.read(FILE, member("D: 120")))
                .hasMessageContaining("team.members[1].D")
                .hasMessageContaining("0 to 100");
    }

    @Test
    void an_unknown_role_names_the_field_and_the_allowed_values() {
        assertThatThrownBy(() -> ScenarioFile.read(FILE, member("D: 50").replace("role: MEMBER", "role: BOSS")))
                .hasMessageContaining("team.members[1].role")
                .hasMessageContaining("LEADER");
    }

    @Test
    void a_misspelt_key_is_an_error_rather_than_ignored() {
        assertThatThrownBy(() -> ScenarioFile.read(FILE, member("D: 50") + "expcet:\n  - { code: X }\n"))
                .hasMessageContaining("expcet")
                .hasMessageContaining("unknown field");
    }

    @Test
    void an_unknown_quality_flag_names_the_field() {
        assertThatThrownBy(() -> ScenarioFile.read(FILE, member("D: 50, flags: [SPEED]")))
                .hasMessageContaining("team.members[1].flags")
                .hasMessageContaining("SPEED");
    }

    @Test
    void a_problem_carries_the_line_and_column_of_its_field() {
        DataFileException error = org.junit.jupiter.api.Assertions.assertThrows(
                DataFileException.class, () -> ScenarioFile.read(FILE, member("D: 120")));

        // the second member is on line 4; D comes after "- { id: b, role: MEMBER, I: 50, S: 50, C: 50, "
        assertThat(error.diagnostic().line()).isEqualTo(4);
        assertThat(error.diagnostic().column()).isEqualTo(51);
        assertThat(error.diagnostic().toString()).startsWith(FILE + ":4:51: PARSE: [team.members[1].D]");
    }

    @Test
    void every_problem_of_a_scenario_is_reported_at_once_in_file_order() {
        DataFileException error = org.junit.jupiter.api.Assertions.assertThrows(
                DataFileException.class,
                () -> ScenarioFile.read(FILE, member("D: 120, flags: [SPEED]").replace("role: LEADER", "role: BOSS")));

        assertThat(error.diagnostics())
                .extracting(Diagnostic::field)
                .containsExactly("team.members[0].role", "team.members[1].D", "team.members[1].flags");
    }

    @Test
    void broken_yaml_reports_line_and_column() {
        DataFileException error = org.junit.jupiter.api.Assertions.assertThrows(
                DataFileException.class, () -> ScenarioFile.read(FILE, "team:\n  members: [ { id: a\n"));

        assertThat(error.diagnostic().file()).isEqualTo(FILE);
        assertThat(error.diagnostic().line()).isPositive();
    }

    /** A two-member scenario whose second member has the given extra fields after I, S and C. */
    private static String member(String fields) {
        return """
                team:
                  members:
                    - { id: a, role: LEADER, D: 50, I: 50, S: 50, C: 50 }
                    - { id: b, role: MEMBER, I: 50, S: 50, C: 50, %s }
                """
                .formatted(fields);
    }
}
