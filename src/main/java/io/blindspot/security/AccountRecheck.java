package io.blindspot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session soon after an administrator deactivates the person or changes their roles.
 * The login kept in the session carries the roles it had at sign-in, so before this a deactivated
 * person went on working until the tab idled out, and a removed role stayed usable. At most every
 * {@code interval} per session (one indexed query, not one per click) it compares the login with
 * the account as stored; when the account is gone, inactive or holds other roles, the session is
 * invalidated and the tab is sent to the login page the way an idle one is. Reading the database
 * rather than a node's memory keeps it right when several nodes serve the portal.
 */
final class AccountRecheck extends OncePerRequestFilter {

    static final String CHECKED_AT = AccountRecheck.class.getName() + ".checkedAt";
    private static final Logger log = LoggerFactory.getLogger(AccountRecheck.class);

    private final Clock clock;
    private final Duration interval;
    private final Function<String, Optional<Set<String>>> activeAccountRoles;

    /**
     * @param activeAccountRoles the role authorities ({@code ROLE_…}) of an active account by
     *     username, or empty when there is no such active account
     */
    AccountRecheck(Clock clock, Duration interval, Function<String, Optional<Set<String>>> activeAccountRoles) {
        this.clock = clock;
        this.interval = interval;
        this.activeAccountRoles = activeAccountRoles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()) {
            long now = clock.millis();
            if (!(session.getAttribute(CHECKED_AT) instanceof Long checked) || now - checked >= interval.toMillis()) {
                session.setAttribute(CHECKED_AT, now);
                var login = context.getAuthentication();
                Set<String> signedInWith = login.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_"))
                        .collect(Collectors.toSet());
                var stored = activeAccountRoles.apply(login.getName());
                if (stored.isEmpty() || !stored.get().equals(signedInWith)) {
                    log.info(
                            "Ending the session of {}: the account is {}",
                            login.getName(),
                            stored.isEmpty() ? "inactive or gone" : "now holding other roles");
                    session.invalidate();
                    if (IdleSessionTimeout.answeredAsExpired(request, response)) {
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
