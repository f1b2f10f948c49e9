package io.blindspot.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password of a local account must be (NIST SP 800-63B: length and a blocklist, no
 * composition rules): at least {@value #MINIMUM_LENGTH} characters, not the username, not one of
 * the common passwords shipped in {@code security/common-passwords.txt}. It applies to passwords
 * chosen from now on, through a one-time link, by the person themself or as the first
 * administrator's; stored hashes (the demo accounts' {@code demo}) are never re-checked.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    static final String TOO_SHORT = "The password needs at least " + MINIMUM_LENGTH + " characters.";
    static final String IS_USERNAME = "The password must not be the username.";
    static final String TOO_COMMON = "This password is one of the most common ones. Choose another.";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Why this password may not be used for this account, or empty when it may. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of(IS_USERNAME);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Why this password may not be used for this account, as a code, or empty when it may. */
    public Optional<PasswordRefused.Reason> reason(String username, String password) {
        return problem(username, password).map(message -> switch (message) {
            case TOO_SHORT -> PasswordRefused.Reason.TOO_SHORT;
            case IS_USERNAME -> PasswordRefused.Reason.IS_USERNAME;
            default -> PasswordRefused.Reason.TOO_COMMON;
        });
    }

    /** @throws PasswordRefused with the reason and an English message */
    public void check(String username, String password) {
        problem(username, password).ifPresent(message -> {
            throw new PasswordRefused(reason(username, password).orElseThrow(), message);
        });
    }

    private static Set<String> load(String path) {
        var resource = new ClassPathResource(path);
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords " + path + " cannot be read", e);
        }
    }
}
