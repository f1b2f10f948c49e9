package io.blindspot.base.ui;

import com.vaadin.flow.component.UI;
import io.blindspot.base.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Dates for a view, in the language of the person looking at it. */
public final class LocalDates {

    private LocalDates() {}

    public static String date(Instant instant) {
        return Formats.date(instant, reader());
    }

    public static String date(LocalDate date) {
        return Formats.date(date, reader());
    }

    public static String dateTime(Instant instant) {
        return Formats.dateTime(instant, reader());
    }

    private static Locale reader() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
