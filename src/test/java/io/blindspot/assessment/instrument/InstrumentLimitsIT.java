package io.blindspot.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.BlindspotSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import's length limits are the database's: a changed column fails here, not in an answer. */
@BlindspotSpringTest
class InstrumentLimitsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_instrument_limits_equal_the_lengths_of_the_columns_that_store_them() {
        assertThat(columnLength("instrument_version", "instrument_key")).isEqualTo(InstrumentFile.MAX_ID_LENGTH);
        assertThat(columnLength("instrument_version", "title")).isEqualTo(InstrumentFile.MAX_TITLE_LENGTH);
        assertThat(columnLength("answer", "item_id")).isEqualTo(InstrumentFile.MAX_ITEM_ID_LENGTH);
    }

    private int columnLength(String table, String column) {
        return jdbc.queryForObject(
                "select character_maximum_length from information_schema.columns"
                        + " where lower(table_name) = ? and lower(column_name) = ?",
                Integer.class,
                table,
                column);
    }
}
