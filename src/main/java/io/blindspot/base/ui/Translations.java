package io.blindspot.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text the portal shows, in English and German. A key's first segment names the feature
 * whose bundle holds it ({@code workshop.debrief.reveal} lives in {@code i18n/workshop.properties}
 * and {@code i18n/workshop_de.properties}), so each feature keeps its own texts beside its code.
 * Values are {@link MessageFormat} patterns: write {@code {0}} for an argument and a typographic
 * apostrophe (’), because a plain one starts a quoted section.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, GERMAN);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var pattern = pattern(key, supported(locale));
        if (pattern == null) {
            log.warn("No text for key '{}'", key);
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The bundle's pattern for the key, or null when no bundle holds it. */
    static String pattern(String key, Locale locale) {
        return Messages.pattern(key, locale);
    }

    /** German for German speakers, English for everyone else. */
    public static Locale supported(Locale requested) {
        return Messages.supported(requested);
    }
}
