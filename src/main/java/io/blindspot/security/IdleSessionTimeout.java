package io.blindspot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the login of a tab left open longer than the session timeout (BLINDSPOT_SESSION_TIMEOUT).
 *
 * <p>Vaadin's {@code closeIdleSessions} closes the idle UI but keeps the HTTP session, whose
 * heartbeats kept it alive, and with it the Spring Security login: the page reloaded straight into
 * the portal again. This filter remembers the last request that was not a heartbeat and, when the
 * next request of the session comes later than the timeout (usually the tab's own heartbeat),
 * invalidates the session before Spring Security reads the login from it. The client then finds its
 * session expired, reloads, and lands on the login page. Answers are saved as they are given, so
 * nothing is lost. It sees every click because the UI talks to the server over XHR; with
 * {@code @Push} over a websocket it would see only heartbeats and would have to count push messages.
 */
final class IdleSessionTimeout extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionTimeout.class.getName() + ".lastActivity";

    private final Clock clock;
    private final long timeoutMillis;

    /**
     * @param timeout the configured session timeout, to the second: Tomcat keeps the session itself
     *     for whole minutes only, but the login ends when this says
     */
    IdleSessionTimeout(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            long now = clock.millis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (timeoutMillis > 0 && last instanceof Long since && now - since >= timeoutMillis) {
                session.invalidate();
                if (answeredAsExpired(request, response)) {
                    return;
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Tells the tab's Vaadin client that its session expired, in the client's own terms, so it
     * reloads the page (and the reload lands on the login page). Passed on, an anonymous heartbeat
     * was answered as if all were well and the tab stayed on screen.
     */
    static boolean answeredAsExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isHeartbeat(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN); // Vaadin 24's "Session expired" for a heartbeat
            return true;
        }
        if (isVaadinRequest(request, "uidl")) {
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write(SESSION_EXPIRED_UIDL);
            return true;
        }
        return false;
    }

    /** What Vaadin itself answers a UIDL request of an expired session ({@code createSessionExpiredJSON}). */
    static final String SESSION_EXPIRED_UIDL = "for(;;);[{\"meta\":{\"async\":false,\"sessionExpired\":true}}]";

    /** Vaadin's keep-alive ({@code ?v-r=heartbeat}): the tab is open, not that someone uses it. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return isVaadinRequest(request, "heartbeat");
    }

    private static boolean isVaadinRequest(HttpServletRequest request, String type) {
        String query = request.getQueryString();
        String parameter = "v-r=" + type;
        return query != null
                && (query.equals(parameter)
                        || query.startsWith(parameter + "&")
                        || query.contains("&" + parameter + "&")
                        || query.endsWith("&" + parameter));
    }
}
