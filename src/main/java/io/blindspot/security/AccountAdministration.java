package io.blindspot.security;

import io.blindspot.base.OutgoingMail;
import io.blindspot.security.ManagedAccount.Filter;
import io.blindspot.security.ManagedAccount.IssuedLink;
import io.blindspot.security.ManagedAccount.NewPerson;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: find, create (with a one-time set-password link, e-mailed
 * when SMTP is configured), change roles, deactivate and reactivate (accounts are never deleted
 * here: a person's results stay theirs until the erase flow), reset a password, lift a login pause.
 * The last active administrator keeps the role and stays active, checked here under a lock so no
 * screen or request can get around it. Every change is announced as {@link AccountChanged} (or
 * {@link AccountCreated}) for the audit trail.
 */
@Service
@RolesAllowed(Role.ADMIN_NAME)
@Transactional
public class AccountAdministration {

    static final Duration NEW_ACCOUNT_LINK_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_LINK_VALIDITY = Duration.ofDays(2);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AdministeredAccountRepository accounts;
    private final AccountService accountService;
    private final SetPasswordLinks links;
    private final LoginPauses pauses;
    private final OutgoingMail mail;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AccountAdministration(
            AdministeredAccountRepository accounts,
            AccountService accountService,
            SetPasswordLinks links,
            LoginPauses pauses,
            OutgoingMail mail,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.links = links;
        this.pauses = pauses;
        this.mail = mail;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The accounts matching the filter, by name, each with its login pause if it has one. */
    @Transactional(readOnly = true)
    public List<ManagedAccount> search(Filter filter) {
        var paused = pauses.pausedUntil();
        return accounts.findAllByName().stream()
                .map(a -> managed(a, Optional.ofNullable(paused.get(LoginPauses.normalized(a.getUsername())))))
                .filter(filter::matches)
                .toList();
    }

    @Transactional(readOnly = true)
    public ManagedAccount get(long id) {
        var paused = pauses.pausedUntil();
        var account = find(id);
        return managed(account, Optional.ofNullable(paused.get(LoginPauses.normalized(account.getUsername()))));
    }

    /** Whether an e-mail would go out with a new link; without SMTP the link is only shown. */
    public boolean mailConfigured() {
        return mail.configured();
    }

    /**
     * What is wrong with this new person, field by field ({@code name}, {@code email},
     * {@code username}, {@code roles}); empty when they can be created.
     */
    @Transactional(readOnly = true)
    public List<Problem> check(NewPerson person) {
        var problems = new ArrayList<Problem>();
        if (blank(person.displayName())) {
            problems.add(new Problem("name", AccountChangeRefused.Reason.NAME_MISSING, "A name is needed."));
        } else if (person.displayName().trim().length() > 200) {
            problems.add(new Problem(
                    "name", AccountChangeRefused.Reason.NAME_TOO_LONG, "The name is longer than 200 characters."));
        }
        String email = trimmed(person.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem(
                    "email",
                    AccountChangeRefused.Reason.EMAIL_INVALID,
                    "'" + email + "' is not an e-mail address.",
                    email));
        } else if (email != null && accounts.existsByEmailIgnoreCase(email)) {
            problems.add(new Problem(
                    "email",
                    AccountChangeRefused.Reason.EMAIL_TAKEN,
                    "Another account already has the e-mail address " + email + ".",
                    email));
        }
        String username = trimmed(person.username());
        if (username == null) {
            problems.add(
                    new Problem("username", AccountChangeRefused.Reason.USERNAME_MISSING, "A username is needed."));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem(
                    "username",
                    AccountChangeRefused.Reason.USERNAME_INVALID,
                    "Use 2 to 100 letters, digits, dots, dashes, underscores or @ for the username."));
        } else if (accountService.exists(username)) {
            problems.add(new Problem(
                    "username",
                    AccountChangeRefused.Reason.USERNAME_TAKEN,
                    "The username '" + username + "' is taken.",
                    username));
        }
        if (person.roles() == null || person.roles().isEmpty()) {
            problems.add(new Problem("roles", AccountChangeRefused.Reason.NO_ROLE, "Choose at least one role."));
        }
        return problems;
    }

    /**
     * Creates the account, which nobody can log in to until its owner sets a password through the
     * returned link.
     *
     * @throws AccountChangeRefused listing every problem {@link #check} finds
     */
    public IssuedLink create(NewPerson person) {
        var problems = check(person);
        if (!problems.isEmpty()) {
            throw new AccountChangeRefused(
                    problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        }
        String username = person.username().trim();
        var account = accountService.createAwaitingPassword(
                username,
                person.displayName().trim(),
                trimmed(person.email()),
                person.roles(),
                currentUser.username(),
                "created by an administrator with roles " + names(person.roles()));
        String link = links.issue(username, "ACCOUNT_CREATED", NEW_ACCOUNT_LINK_VALIDITY);
        boolean mailed = mail.send(account.getEmail(), Texts.NEW_ACCOUNT_SUBJECT, Texts.newAccount(account, link));
        return new IssuedLink(account.getId(), username, link, mailed);
    }

    /** Gives the person exactly these roles (at least one). */
    public ManagedAccount changeRoles(long id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_ROLE, "Choose at least one role.");
        }
        var account = find(id);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(
                    account,
                    AccountChangeRefused.Reason.LAST_ADMIN_ROLE,
                    AccountChanged.ROLES_CHANGED,
                    "lose the administrator role");
        }
        var before = account.getRoles();
        account.replaceRoles(EnumSet.copyOf(roles));
        announce(AccountChanged.ROLES_CHANGED, account, names(before) + " -> " + names(roles));
        return get(id);
    }

    public ManagedAccount deactivate(long id) {
        var account = find(id);
        if (!account.isEnabled()) {
            return get(id);
        }
        if (account.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(
                    account,
                    AccountChangeRefused.Reason.LAST_ADMIN_DEACTIVATE,
                    AccountChanged.DEACTIVATED,
                    "be deactivated");
        }
        account.setEnabled(false);
        announce(AccountChanged.DEACTIVATED, account, "can no longer log in");
        return get(id);
    }

    public ManagedAccount reactivate(long id) {
        var account = find(id);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            announce(AccountChanged.REACTIVATED, account, "can log in again");
        }
        return get(id);
    }

    /**
     * A new one-time link to set the password, e-mailed when possible. The current password keeps
     * working until the link is used, so a reset nobody asked for locks nobody out.
     */
    public IssuedLink resetPassword(long id) {
        var account = find(id);
        String link = links.issue(account.getUsername(), "PASSWORD_RESET", RESET_LINK_VALIDITY);
        boolean mailed = mail.send(account.getEmail(), Texts.RESET_SUBJECT, Texts.reset(account, link));
        announce(AccountChanged.PASSWORD_RESET, account, mailed ? "link e-mailed" : "link shown to the administrator");
        return new IssuedLink(account.getId(), account.getUsername(), link, mailed);
    }

    /** Lifts the login throttle's pause on this account at every address. */
    public ManagedAccount unlock(long id) {
        var account = find(id);
        int forgotten = pauses.unlock(account.getUsername());
        announce(AccountChanged.UNLOCKED, account, forgotten + " failed logins forgotten");
        return get(id);
    }

    /** Refuses (and has the audit trail record the refusal) unless another active administrator remains. */
    private void requireAnotherActiveAdmin(
            UserAccount account, AccountChangeRefused.Reason reason, String attempted, String what) {
        boolean another =
                accounts.lockActiveAdmins().stream().anyMatch(a -> !a.getId().equals(account.getId()));
        if (!another) {
            events.publishEvent(new AccountChangeDenied(
                    currentUser.username(),
                    attempted,
                    account.getId(),
                    account.getUsername(),
                    "the last active administrator cannot " + what));
            throw new AccountChangeRefused(
                    reason,
                    account.getDisplayName()
                            + " is the last active administrator and cannot " + what
                            + ". Make someone else an administrator first.",
                    account.getDisplayName());
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id)
                .orElseThrow(() ->
                        new AccountChangeRefused(AccountChangeRefused.Reason.GONE, "This account no longer exists."));
    }

    private void announce(String action, UserAccount account, String detail) {
        events.publishEvent(
                new AccountChanged(currentUser.username(), action, account.getId(), account.getUsername(), detail));
    }

    private static ManagedAccount managed(UserAccount a, Optional<java.time.Instant> pausedUntil) {
        return new ManagedAccount(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getRoles(),
                a.isEnabled(),
                a.isEnabled() ? pausedUntil : Optional.empty(),
                a.getCreatedAt());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    /** One thing wrong with a new person: the field ({@code name}, {@code email}, {@code username}, {@code roles}) and why. */
    public record Problem(String field, AccountChangeRefused.Reason reason, String message, List<Object> arguments) {

        Problem(String field, AccountChangeRefused.Reason reason, String message, Object... arguments) {
            this(field, reason, message, List.of(arguments));
        }
    }

    /** The mails' wording, in one place. */
    static final class Texts {
        static final String NEW_ACCOUNT_SUBJECT = "Your Blindspot account";
        static final String RESET_SUBJECT = "Set a new Blindspot password";

        static String newAccount(UserAccount account, String link) {
            return "Hello " + account.getDisplayName() + ",\n\nan account '" + account.getUsername()
                    + "' has been created for you on Blindspot. Choose your password here (the link works once, for "
                    + NEW_ACCOUNT_LINK_VALIDITY.toDays() + " days):\n\n" + link + "\n";
        }

        static String reset(UserAccount account, String link) {
            return "Hello " + account.getDisplayName() + ",\n\nan administrator has issued a new password link for"
                    + " your Blindspot account '" + account.getUsername() + "'. Choose a new password here (the link"
                    + " works once, for " + RESET_LINK_VALIDITY.toDays() + " days):\n\n" + link
                    + "\n\nIf you did not ask for this, your current password keeps working; tell your administrator.\n";
        }

        private Texts() {}
    }
}
