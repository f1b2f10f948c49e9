package io.blindspot.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who sign in through the company's identity provider: created at the first
 * sign-on, brought up to date (name, e-mail, roles) at every one after, since the company directory
 * is where people join groups and leave them.
 */
@Service
public class DirectoryAccounts {

    /** The actor the audit trail names for changes the company sign-on makes. */
    static final String SIGN_ON = "single sign-on";

    private final UserAccountRepository accounts;
    private final AdministeredAccountRepository administered;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryAccounts(
            UserAccountRepository accounts,
            AdministeredAccountRepository administered,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.administered = administered;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account this person signs in to, created or updated; returns its username and the roles it
     * holds now, which the login must carry (AccountRecheck ends a login whose roles differ from the
     * account's, so the directory's roles alone would end the kept administrator's every session).
     *
     * <p>A local account (one with a password, e.g. the first administrator) is never taken over
     * by a sign-on that brings the same username: that would let whoever controls a name at the
     * provider act as that account. Such a sign-on is refused with a message saying so.
     *
     * <p>The directory's roles replace the account's, except that the last active administrator
     * keeps the administrator role (checked under the same row lock as the users view's changes);
     * the kept role is recorded in the audit trail.
     *
     * @throws DirectorySignInRefused for a deactivated account or a username a local account holds
     */
    @Transactional
    public SignedOn signIn(DirectoryPerson person) {
        var linked = accounts.findBySsoIssuerAndSsoSubject(person.issuer(), person.subject());
        if (linked.isPresent()) {
            var account = linked.get();
            if (!account.isEnabled()) {
                throw new DirectorySignInRefused("security.sign-on.refused.deactivated");
            }
            account.updateFromDirectory(person.displayName(), person.email(), rolesKeepingAnAdmin(account, person));
            return new SignedOn(account.getUsername(), Set.copyOf(account.getRoles()));
        }
        if (accounts.existsByUsername(person.username())) {
            throw new DirectorySignInRefused("security.sign-on.refused.local-account", person.username());
        }
        // Nobody knows this password: the company's provider is the only way in.
        var account = new UserAccount(
                person.username(),
                person.displayName(),
                encoder.encode(UUID.randomUUID().toString()),
                person.roles(),
                clock.instant());
        account.setEmail(person.email());
        account.linkToDirectory(person.issuer(), person.subject());
        var saved = accounts.save(account);
        events.publishEvent(
                new AccountCreated(saved.getId(), saved.getUsername(), "single sign-on", "first company sign-on"));
        return new SignedOn(saved.getUsername(), Set.copyOf(saved.getRoles()));
    }

    /** The account a company sign-on reached: its username and the roles it holds after the sign-on. */
    public record SignedOn(String username, Set<Role> roles) {}

    private Set<Role> rolesKeepingAnAdmin(UserAccount account, DirectoryPerson person) {
        if (!account.hasRole(Role.ADMIN) || person.roles().contains(Role.ADMIN)) {
            return person.roles();
        }
        boolean another = administered.lockActiveAdmins().stream()
                .anyMatch(a -> !a.getId().equals(account.getId()));
        if (another) {
            return person.roles();
        }
        events.publishEvent(new AccountChangeDenied(
                SIGN_ON,
                AccountChanged.ROLES_CHANGED,
                account.getId(),
                account.getUsername(),
                "the company directory no longer grants the administrator role, but the last active"
                        + " administrator keeps it"));
        var kept = EnumSet.of(Role.ADMIN);
        kept.addAll(person.roles());
        return kept;
    }
}
