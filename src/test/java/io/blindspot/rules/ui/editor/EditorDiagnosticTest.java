package io.blindspot.rules.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.rules.ui.editor.EditorDiagnostic.Severity;
import org.junit.jupiter.api.Test;

class EditorDiagnosticTest {

    @Test
    void severities_are_read_as_the_rule_pipeline_writes_them_in_any_case() {
        assertThat(Severity.of("ERROR")).isEqualTo(Severity.ERROR);
        assertThat(Severity.of("warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.of(" Info ")).isEqualTo(Severity.INFO);
    }

    @Test
    void an_unknown_severity_is_named_in_the_error() {
        assertThatThrownBy(() -> Severity.of("FATAL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown severity 'FATAL': expected ERROR, WARNING or INFO");
    }

    @Test
    void lines_start_at_1_and_column_0_means_unknown() {
        assertThat(EditorDiagnostic.error(1, 0, "Somewhere on line 1").column()).isZero();
        assertThatThrownBy(() -> EditorDiagnostic.error(0, 1, "x"))
                .hasMessage("A diagnostic's line starts at 1, was 0");
        assertThatThrownBy(() -> EditorDiagnostic.error(2, -1, "x"))
                .hasMessage("A diagnostic's column starts at 1 (0 = unknown), was -1");
    }

    @Test
    void a_problem_names_its_place_as_editors_do() {
        assertThat(new Problem("leader.drl", EditorDiagnostic.error(12, 9, "x")).location())
                .isEqualTo("leader.drl:12:9");
        assertThat(new Problem("scenarios/seed.yaml", EditorDiagnostic.warning(4, 0, "x")).location())
                .isEqualTo("scenarios/seed.yaml:4");
    }
}
