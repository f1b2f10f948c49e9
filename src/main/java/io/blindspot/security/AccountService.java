package io.blindspot.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as administrators and the shell see them. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
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
                .sorted(java.util.Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** An account as the header and the admin list show it. */
    public record AccountSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled) {
        static AccountSummary of(UserAccount a) {
            return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled());
        }
    }
}
