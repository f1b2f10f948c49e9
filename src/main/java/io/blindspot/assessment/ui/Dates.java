package io.blindspot.assessment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.ui.Translations;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the person's language: "28 Nov 2026" in English, "28. Nov. 2026" in German, with the time if asked. */
final class Dates {

    private Dates() {}

    static String date(Instant instant, Locale locale) {
        return format(instant, locale, "assessment.date.pattern");
    }

    static String dateTime(Instant instant, Locale locale) {
        return format(instant, locale, "assessment.date-time.pattern");
    }

    private static String format(Instant instant, Locale locale, String patternKey) {
        if (instant == null) {
            return "—";
        }
        var language = Translations.supported(locale);
        return DateTimeFormatter.ofPattern(I18NProvider.translate(language, patternKey), language)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }
}
