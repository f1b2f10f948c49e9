package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", " =HYPERLINK(\"x\")", "\t=1", "\r=1"})
    void a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-42.5", "17", "plain text", "user:ben", "a=b"})
    void numbers_and_plain_text_stay_as_they_are(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
    }
}
