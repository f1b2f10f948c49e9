package io.blindspot.security;

import io.blindspot.base.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: for people added to a workshop, accounts an administrator
 * creates, and resets. The link carries a random token; only its SHA-256 is stored, so a database
 * copy gives nobody a way in. A link works once and until it expires.
 *
 * <p>{@link #issue} has no role check: the services that create accounts check their callers first.
 */
@Service
public class SetPasswordLinks {

    /** The shortest password accepted through a link: the {@link PasswordPolicy}'s. */
    public static final int MINIMUM_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

    static final String PATH = "set-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneTimeLinkRepository links;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    SetPasswordLinks(
            OneTimeLinkRepository links,
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${blindspot.base-url:http://localhost:8080}") String baseUrl) {
        this.links = links;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new link for this account, valid for the given time; returns the full URL to send. */
    @Transactional
    public String issue(String username, String purpose, Duration validFor) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account '" + username + "'"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        links.save(new OneTimeLink(account, Sha256.hex(token), purpose, now, now.plus(validFor)));
        return baseUrl + "/" + PATH + "?token=" + token;
    }

    /** Whose password the link sets, while it is still usable. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        return usable(token).map(link -> link.user().getUsername());
    }

    /**
     * Sets the password and uses the link up.
     *
     * @throws IllegalArgumentException saying why: unknown, used or expired link, or a password the {@link PasswordPolicy} refuses
     */
    @Transactional
    public String setPassword(String token, String password) {
        var link = usable(token)
                .orElseThrow(() -> new IllegalArgumentException(
                        "This link has been used or has expired. Ask your facilitator for a new one."));
        policy.check(link.user().getUsername(), password);
        link.user().changePasswordHash(encoder.encode(password));
        link.markUsed(clock.instant());
        events.publishEvent(new PasswordSet(link.user().getId(), link.user().getUsername()));
        return link.user().getUsername();
    }

    private Optional<OneTimeLink> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findByTokenHash(Sha256.hex(token)).filter(link -> link.usableAt(clock.instant()));
    }

    /** Someone set their password through a one-time link; the audit trail records it. */
    public record PasswordSet(long accountId, String username) {}
}
