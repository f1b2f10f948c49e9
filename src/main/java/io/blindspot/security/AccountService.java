package io.blindspot.security;

import io.blindspot.base.InputRefused;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators and the shell see them, and as other modules look them up. The
 * look-ups and {@link #createAccount} carry no role check: other modules' services call them after
 * their own checks, and start-up tasks call them with nobody logged in.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    AccountService(
            UserAccountRepository accounts,
            CurrentUser currentUser,
            Clock clock,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.encoder = encoder;
        this.events = events;
    }

    /** The logged-in person's own name and roles, for the header. */
    public AccountSummary me() {
        return accounts.findByUsername(currentUser.username())
                .map(AccountSummary::of)
                .orElseThrow(() -> new IllegalStateException("Logged-in account no longer exists"));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long countUsers() {
        return accounts.count();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AccountSummary> allAccounts() {
        return accounts.findAll().stream()
                .map(AccountSummary::of)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** The account with this username, e.g. to assign it an assessment or add it to a team. */
    public Optional<UserAccount> findAccount(String username) {
        return accounts.findByUsername(username);
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** Everyone holding the role, by display name. */
    public List<AccountSummary> accountsWithRole(Role role) {
        return accounts.findByRole(role).stream().map(AccountSummary::of).toList();
    }

    /** The accounts with these usernames, by display name; unknown usernames are left out. */
    public List<AccountSummary> accountsNamed(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return accounts.findByUsernameInOrderByDisplayName(usernames).stream()
                .map(AccountSummary::of)
                .toList();
    }

    /** Creates an account whose password is already hashed with the application's {@code PasswordEncoder}. */
    @Transactional
    public UserAccount createAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        return accounts.save(new UserAccount(username, displayName, passwordHash, roles, clock.instant()));
    }

    /**
     * Creates an account nobody can log in to until its owner sets a password through a {@link
     * SetPasswordLinks one-time link}: the stored hash is of random bytes nobody knows.
     */
    @Transactional
    public UserAccount createAwaitingPassword(
            String username, String displayName, String email, Set<Role> roles, String createdBy, String note) {
        if (accounts.existsByUsername(username)) {
            throw new InputRefused("security.users.refused.USERNAME_TAKEN", username);
        }
        var account = new UserAccount(
                username, displayName, encoder.encode(UUID.randomUUID().toString()), roles, clock.instant());
        account.setEmail(email);
        var saved = accounts.save(account);
        events.publishEvent(new AccountCreated(saved.getId(), username, createdBy, note));
        return saved;
    }

    /** An account as the header and the admin list show it. */
    public record AccountSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled) {
        static AccountSummary of(UserAccount a) {
            return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled());
        }
    }
}
