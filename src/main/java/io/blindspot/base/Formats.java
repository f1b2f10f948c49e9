package io.blindspot.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    // German readers expect the day with a full stop: "1. Dez. 2026"
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter GERMAN_DATE_TIME =
            DateTimeFormatter.ofPattern("d. MMM yyyy, HH:mm", Locale.GERMAN).withZone(ZoneId.systemDefault());

    private Formats() {}

    /** The date in the reader's language: German for German, English for everyone else. */
    public static String date(Instant instant, Locale reader) {
        return instant == null
                ? "—"
                : date(instant.atZone(ZoneId.systemDefault()).toLocalDate(), reader);
    }

    public static String date(LocalDate date, Locale reader) {
        return date == null ? "—" : (german(reader) ? GERMAN_DATE : DATE).format(date);
    }

    public static String dateTime(Instant instant, Locale reader) {
        return instant == null ? "—" : (german(reader) ? GERMAN_DATE_TIME : DATE_TIME).format(instant);
    }

    private static boolean german(Locale reader) {
        return reader != null && Locale.GERMAN.getLanguage().equals(reader.getLanguage());
    }

    public static String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }
}
