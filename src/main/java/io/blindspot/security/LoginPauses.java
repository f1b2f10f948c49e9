package io.blindspot.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link LoginThrottle}'s failures the way an administrator asks about them: until when
 * is this account paused (at some address, or slowed down as a whole), and lifts a pause by
 * forgetting the account's failures. The throttle itself keeps deciding; this class uses its
 * settings and key format and changes nothing else.
 */
@Component
class LoginPauses {

    private static final String ACCOUNT = "account:";
    private static final String PAIR = "pair:";

    private final LoginPauseRepository failures;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final int maxPerPair;
    private final int slowDownAfter;
    private final Duration window;

    LoginPauses(
            LoginPauseRepository failures,
            LoginThrottle throttle,
            Clock clock,
            @Value("${blindspot.login.max-failures:5}") int maxPerPair,
            @Value("${blindspot.login.slow-down-after:10}") int slowDownAfter,
            @Value("${blindspot.login.lockout-minutes:15}") int lockoutMinutes) {
        this.failures = failures;
        this.throttle = throttle;
        this.clock = clock;
        this.maxPerPair = maxPerPair;
        this.slowDownAfter = slowDownAfter;
        this.window = Duration.ofMinutes(lockoutMinutes);
    }

    /** Paused accounts by normalized username, each with the moment its last pause ends. */
    Map<String, Instant> pausedUntil() {
        var now = clock.instant();
        Map<String, List<Instant>> byKey = new HashMap<>();
        for (LoginFailure failure : failures.findSince(now.minus(window))) {
            byKey.computeIfAbsent(failure.throttleKey(), k -> new ArrayList<>()).add(failure.failedAt());
        }
        Map<String, Instant> until = new HashMap<>();
        byKey.forEach((key, times) -> {
            times.sort(null);
            Instant end = pauseEnd(key, times);
            if (end != null && end.isAfter(now)) {
                until.merge(username(key), end, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        return until;
    }

    /** Forgets every failure of the account, at every address; returns how many there were. */
    int unlock(String username) {
        String name = normalized(username);
        String escaped = name.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return failures.deleteForAccount(ACCOUNT + name, PAIR + escaped + "|%");
    }

    /**
     * A pair is refused while {@code maxPerPair} failures lie within the window, so its pause ends
     * one window after the failure that would be the oldest of those; an account is slowed until its
     * last failure plus the throttle's delay.
     */
    private Instant pauseEnd(String key, List<Instant> times) {
        if (key.startsWith(PAIR) && times.size() >= maxPerPair) {
            return times.get(times.size() - maxPerPair).plus(window);
        }
        if (key.startsWith(ACCOUNT) && times.size() >= slowDownAfter) {
            return times.get(times.size() - 1).plus(throttle.delayAfter(times.size()));
        }
        return null;
    }

    private static String username(String key) {
        if (key.startsWith(ACCOUNT)) {
            return key.substring(ACCOUNT.length());
        }
        int bar = key.lastIndexOf('|');
        return key.substring(PAIR.length(), bar < 0 ? key.length() : bar);
    }

    static String normalized(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
