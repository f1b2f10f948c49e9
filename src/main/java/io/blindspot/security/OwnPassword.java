package io.blindspot.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password. The current one is asked for, so an unattended
 * session is not enough to take the account over; wrong guesses count with the login throttle like
 * wrong logins do.
 */
@Service
public class OwnPassword {

    /** The throttle's address label for guesses made here rather than at the login form. */
    static final String WHERE = "change-password";

    public static final String WRONG_CURRENT = "The current password is not right.";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OwnPassword(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            LoginThrottle throttle,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * @throws IllegalArgumentException saying why: wrong current password, or a new one the {@link
     *     PasswordPolicy} refuses
     * @throws org.springframework.security.authentication.LockedException after too many wrong guesses
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void change(String currentPassword, String newPassword) {
        String username = currentUser.username();
        throttle.checkAllowed(username, WHERE);
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("Logged-in account no longer exists"));
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(username, WHERE);
            throw new PasswordRefused(PasswordRefused.Reason.WRONG_CURRENT, WRONG_CURRENT);
        }
        policy.check(username, newPassword);
        account.changePasswordHash(encoder.encode(newPassword));
        events.publishEvent(new AccountChanged(
                username, AccountChanged.PASSWORD_CHANGED, account.getId(), username, "changed by the person"));
    }
}
