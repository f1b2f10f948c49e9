package io.blindspot.security.token;

import io.blindspot.base.InputRefused;
import io.blindspot.base.Sha256;
import io.blindspot.security.AccountService;
import io.blindspot.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own API tokens, and the check of a token sent with an API request. Every signed-in
 * person may manage their own tokens, whatever their roles: a token is their own resource and
 * carries exactly their roles.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 30;

    /** Marks a Blindspot token, so a leaked one is recognisable (e.g. by secret scanners). */
    static final String PREFIX = "bst_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a token for the signed-in person; the returned secret is the only copy.
     *
     * @throws IllegalArgumentException saying what is wrong with the name or the validity
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewApiToken create(String name, Integer expiresInDays) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InputRefused("security.tokens.refused.name-missing");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InputRefused("security.tokens.refused.name-too-long", MAX_NAME_LENGTH);
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InputRefused("security.tokens.refused.days", MAX_DAYS);
        }
        var owner = accounts.findAccount(currentUser.username())
                .orElseThrow(() -> new IllegalStateException("Logged-in account no longer exists"));
        String secret = newSecret();
        var now = clock.instant();
        var token = tokens.save(new ApiToken(owner, trimmed, Sha256.hex(secret), now, now.plus(Duration.ofDays(days))));
        return new NewApiToken(token.getId(), secret, token.summary(now));
    }

    /** The signed-in person's tokens, newest first, without secrets. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        var now = clock.instant();
        return tokens.findByOwner(currentUser.username()).stream()
                .map(t -> t.summary(now))
                .toList();
    }

    /** Revokes one of the signed-in person's tokens; false if they have none with this id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean revoke(long id) {
        var token = tokens.findOwned(id, currentUser.username());
        token.ifPresent(t -> t.revoke(clock.instant()));
        return token.isPresent();
    }

    /**
     * The owner of a usable token, with the roles the owner holds now; empty for an unknown,
     * expired or revoked token or a deactivated owner. One look-up by hash, no password hashing.
     */
    @Transactional(readOnly = true)
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(Sha256.hex(secret))
                .filter(t -> t.usableAt(now))
                .map(t -> UsernamePasswordAuthenticationToken.authenticated(
                        t.owner().getUsername(),
                        null,
                        t.owner().getRoles().stream()
                                .map(r -> new SimpleGrantedAuthority(r.authority()))
                                .toList()));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
