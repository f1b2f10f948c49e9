package io.blindspot.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within the window, an account, and
 * separately an address, is refused until the window has passed. The address limit is higher than
 * the account limit because a whole office may share one address.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(
            LoginFailureRepository failures,
            Clock clock,
            @Value("${blindspot.login.max-failures:5}") int maxPerAccount,
            @Value("${blindspot.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${blindspot.login.lockout-minutes:15}") int lockoutMinutes) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = Duration.ofMinutes(lockoutMinutes);
    }

    /** Throws {@link LockedException} with a message a person can act on when either limit is reached. */
    public void checkAllowed(String username, String address) {
        var since = clock.instant().minus(window);
        boolean accountBlocked = failures.countSince(accountKey(username), since) >= maxPerAccount;
        boolean addressBlocked = address != null && failures.countSince(addressKey(address), since) >= maxPerAddress;
        if (accountBlocked || addressBlocked) {
            throw new LockedException("Too many failed logins. Wait " + window.toMinutes()
                    + " minutes and try again, or ask an administrator.");
        }
    }

    public void recordFailure(String username, String address) {
        var now = clock.instant();
        failures.save(new LoginFailure(accountKey(username), now));
        if (address != null) {
            failures.save(new LoginFailure(addressKey(address), now));
        }
    }

    public void recordSuccess(String username) {
        failures.deleteForKeyOrOlderThan(accountKey(username), clock.instant().minus(window));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
