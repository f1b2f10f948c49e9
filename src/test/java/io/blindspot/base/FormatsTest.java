package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @Test
    void datesReadInTheReadersLanguage() {
        assertThat(Formats.date(FIRST_OF_DECEMBER, Locale.ENGLISH)).isEqualTo("1 Dec 2026");
        assertThat(Formats.date(FIRST_OF_DECEMBER, Locale.GERMANY)).isEqualTo("1. Dez. 2026");
        assertThat(Formats.date(FIRST_OF_DECEMBER, Locale.FRENCH)).isEqualTo("1 Dec 2026");
        var tenPast =
                FIRST_OF_DECEMBER.atTime(10, 5).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(Formats.dateTime(tenPast, Locale.GERMAN)).isEqualTo("1. Dez. 2026, 10:05");
        assertThat(Formats.dateTime(tenPast, Locale.ENGLISH)).isEqualTo("1 Dec 2026, 10:05");
        assertThat(Formats.date((LocalDate) null, Locale.GERMAN)).isEqualTo("—");
    }
}
