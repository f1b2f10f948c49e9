package io.blindspot.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock others out (OWASP's authentication
 * guidance):
 *
 * <ul>
 *   <li>the pair (account, address) is paused after {@code max-failures} failures within the
 *       window: the guesser is stopped, the account's owner at another address is not;
 *   <li>the account across all addresses is slowed, never locked: from {@code slow-down-after}
 *       failures on, each further attempt must wait a delay that doubles per failure, up to
 *       {@code max-delay-seconds};
 *   <li>nothing counts per address alone, so failures at a shared address (an office, a load
 *       balancer) never refuse an account that has not itself failed.
 * </ul>
 *
 * Failures are stored in the database, so every node applies the same limits. The address is the
 * client's as Tomcat sees it, which takes X-Forwarded-For only from BLINDSPOT_TRUSTED_PROXIES.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxPerPair;
    private final int slowDownAfter;
    private final Duration maxDelay;
    private final Duration window;

    LoginThrottle(
            LoginFailureRepository failures,
            Clock clock,
            @Value("${blindspot.login.max-failures:5}") int maxPerPair,
            @Value("${blindspot.login.slow-down-after:10}") int slowDownAfter,
            @Value("${blindspot.login.max-delay-seconds:60}") int maxDelaySeconds,
            @Value("${blindspot.login.lockout-minutes:15}") int lockoutMinutes) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerPair = maxPerPair;
        this.slowDownAfter = slowDownAfter;
        this.maxDelay = Duration.ofSeconds(maxDelaySeconds);
        this.window = Duration.ofMinutes(lockoutMinutes);
    }

    /** Throws {@link LoginPaused} (a {@link org.springframework.security.authentication.LockedException}) with a message a person can act on while this attempt must wait. */
    public void checkAllowed(String username, String address) {
        var now = clock.instant();
        var since = now.minus(window);
        if (failures.countSince(pairKey(username, address), since) >= maxPerPair) {
            throw LoginPaused.fromHere(window);
        }
        long accountFailures = failures.countSince(accountKey(username), since);
        if (accountFailures >= slowDownAfter) {
            Duration delay = delayAfter(accountFailures);
            Instant last = failures.lastSince(accountKey(username), since);
            if (last != null && now.isBefore(last.plus(delay))) {
                long seconds =
                        Math.max(1, Duration.between(now, last.plus(delay)).toSeconds());
                throw LoginPaused.forSeconds(seconds);
            }
        }
    }

    /** 1 s at the first failure past the threshold, doubling with each one, at most the configured maximum. */
    Duration delayAfter(long accountFailures) {
        long doublings = Math.min(30, Math.max(0, accountFailures - slowDownAfter));
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public void recordFailure(String username, String address) {
        var now = clock.instant();
        failures.save(new LoginFailure(accountKey(username), now));
        failures.save(new LoginFailure(pairKey(username, address), now));
    }

    public void recordSuccess(String username, String address) {
        var before = clock.instant().minus(window);
        failures.deleteForKeyOrOlderThan(accountKey(username), before);
        failures.deleteForKeyOrOlderThan(pairKey(username, address), before);
    }

    private static String normalized(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return "account:" + normalized(username);
    }

    /** Within the column's 250 characters: a username is at most 100, an IPv6 address 45. */
    private static String pairKey(String username, String address) {
        String key = "pair:" + normalized(username) + "|" + (address == null ? "unknown" : address);
        return key.length() <= 250 ? key : key.substring(0, 250);
    }
}
