package io.blindspot.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An account as the administrators' list shows it.
 *
 * @param pausedUntil when the login throttle lets this account try again, if it is paused now
 */
public record ManagedAccount(
        long id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        Optional<Instant> pausedUntil,
        Instant createdAt) {

    /** Active, deactivated, or active but paused by the login throttle. */
    public enum Status {
        ACTIVE,
        PAUSED,
        DEACTIVATED
    }

    public Status status() {
        if (!enabled) {
            return Status.DEACTIVATED;
        }
        return pausedUntil.isPresent() ? Status.PAUSED : Status.ACTIVE;
    }

    /** What to look for: text in name, username or e-mail, a role, a status; null means any. */
    public record Filter(String text, Role role, Status status) {

        public static Filter any() {
            return new Filter(null, null, null);
        }

        boolean matches(ManagedAccount account) {
            return (role == null || account.roles().contains(role))
                    && (status == null || account.status() == status)
                    && (text == null || text.isBlank() || contains(account, text.trim()));
        }

        private static boolean contains(ManagedAccount a, String text) {
            String needle = text.toLowerCase(java.util.Locale.ROOT);
            return a.username().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || a.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || (a.email() != null
                            && a.email().toLowerCase(java.util.Locale.ROOT).contains(needle));
        }
    }

    /** A person to create: name, e-mail (optional), username, roles. */
    public record NewPerson(String displayName, String email, String username, Set<Role> roles) {}

    /**
     * A one-time set-password link handed out for an account: to copy, and whether it was also
     * e-mailed (false without SMTP, without an address, or when sending failed).
     */
    public record IssuedLink(long accountId, String username, String link, boolean mailed) {}
}
