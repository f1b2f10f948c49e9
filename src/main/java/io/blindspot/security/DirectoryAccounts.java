package io.blindspot.security;

import java.time.Clock;
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

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryAccounts(
            UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account this person signs in to, created or updated; returns its username.
     *
     * <p>A local account (one with a password, e.g. the first administrator) is never taken over
     * by a sign-on that brings the same username: that would let whoever controls a name at the
     * provider act as that account. Such a sign-on is refused with a message saying so.
     *
     * @throws DirectorySignInRefused for a deactivated account or a username a local account holds
     */
    @Transactional
    public String signIn(DirectoryPerson person) {
        var linked = accounts.findBySsoIssuerAndSsoSubject(person.issuer(), person.subject());
        if (linked.isPresent()) {
            var account = linked.get();
            if (!account.isEnabled()) {
                throw new DirectorySignInRefused("Your Blindspot account is deactivated. Ask an administrator.");
            }
            account.updateFromDirectory(person.displayName(), person.email(), person.roles());
            return account.getUsername();
        }
        if (accounts.existsByUsername(person.username())) {
            throw new DirectorySignInRefused("A Blindspot account named '" + person.username()
                    + "' exists already and signs in with a password. Ask an administrator to rename it"
                    + " or sign in with its password.");
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
        return saved.getUsername();
    }
}
