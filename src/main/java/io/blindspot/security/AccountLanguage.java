package io.blindspot.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a person chose for the portal, stored with their account. Without a choice the
 * portal follows the browser's language. Only the person themself chooses it.
 */
@Service
public class AccountLanguage {

    /** The languages a person can choose, as stored: ISO 639-1 codes. */
    public static final List<String> CODES = List.of("en", "de");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AccountLanguage(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The language this account chose, or empty when it follows the browser (or no such account exists). */
    @Transactional(readOnly = true)
    public Optional<Locale> of(String username) {
        return jdbc
                .query("select language from app_user where username = ?", (rs, n) -> rs.getString(1), username)
                .stream()
                .filter(code -> code != null && CODES.contains(code)) // null: follow the browser
                .findFirst()
                .map(Locale::forLanguageTag);
    }

    /** The signed-in person's own choice, or empty when they follow the browser. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> mine() {
        return of(currentUser.username());
    }

    /**
     * Stores the signed-in person's language; {@code null} means "follow the browser".
     *
     * @throws IllegalArgumentException for a language the portal does not speak
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(Locale language) {
        String code = language == null ? null : language.getLanguage();
        if (code != null && !CODES.contains(code)) {
            throw new IllegalArgumentException(
                    "The portal does not speak " + language.getDisplayLanguage(Locale.ENGLISH));
        }
        jdbc.update("update app_user set language = ? where username = ?", code, currentUser.username());
    }
}
