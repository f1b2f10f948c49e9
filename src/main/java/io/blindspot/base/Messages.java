package io.blindspot.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of {@code i18n/<feature>.properties} outside a view: the English message of an
 * {@link Explained} refusal for logs and the HTTP API, and mails or files made for a person in their
 * own language. Views translate through Vaadin's I18NProvider, which reads the same bundles.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;

    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The key's text in the language, or {@code !key!} when no bundle holds it (a test keeps that from shipping). */
    public static String text(String key, Locale locale, Object... arguments) {
        var language = supported(locale);
        var pattern = pattern(key, language);
        return pattern == null ? "!" + key + "!" : new MessageFormat(pattern, language).format(arguments);
    }

    public static String english(String key, Object... arguments) {
        return text(key, ENGLISH, arguments);
    }

    /** The bundle's pattern for the key, or null when no bundle holds it. */
    public static String pattern(String key, Locale locale) {
        int dot = key == null ? -1 : key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            return ResourceBundle.getBundle("i18n/" + key.substring(0, dot), supported(locale), NO_JVM_LOCALE_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** German for German speakers, English for everyone else. */
    public static Locale supported(Locale requested) {
        return requested != null && GERMAN.getLanguage().equals(requested.getLanguage()) ? GERMAN : ENGLISH;
    }
}
