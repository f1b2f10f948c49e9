package io.blindspot.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates many accounts at once, for test data such as load-test respondents. An account that
 * already exists is left exactly as it is, so running the same request twice creates nothing new.
 */
@Service
public class AccountProvisioning {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountProvisioning(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Creates each wanted account that does not exist yet, all with the same password, and returns
     * every wanted account in the order asked for, existing or new.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public List<ProvisionedAccount> provision(List<NewAccount> wanted, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("A password is needed for the new accounts");
        }
        // One hash for all: BCrypt is deliberately slow, and these accounts share a password anyway.
        String hash = null;
        var result = new ArrayList<ProvisionedAccount>(wanted.size());
        for (NewAccount account : wanted) {
            var existing = accounts.findByUsername(account.username());
            if (existing.isPresent()) {
                result.add(new ProvisionedAccount(existing.get(), false));
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(password);
            }
            var created = accounts.save(
                    new UserAccount(account.username(), account.displayName(), hash, account.roles(), clock.instant()));
            result.add(new ProvisionedAccount(created, true));
        }
        return result;
    }

    /** An account to create: who and with which roles. */
    public record NewAccount(String username, String displayName, Set<Role> roles) {}

    /** A wanted account as it is now stored, and whether this request created it. */
    public record ProvisionedAccount(UserAccount account, boolean created) {}
}
