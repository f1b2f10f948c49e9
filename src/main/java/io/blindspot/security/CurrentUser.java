package io.blindspot.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request or UI access. Services take "whose data" from here, never
 * from a parameter a caller could forge.
 */
@Component
public class CurrentUser {

    public Optional<String> maybeUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The logged-in username; fails if nobody is logged in, which a secured service never sees. */
    public String username() {
        return maybeUsername().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public boolean hasRole(Role role) {
        return role.heldBy(SecurityContextHolder.getContext().getAuthentication());
    }
}
