package io.blindspot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF protection: a login form may only be posted from the portal's own pages. Vaadin's
 * security configuration leaves the login URL out of CSRF checking, so a foreign page could post
 * the attacker's credentials and log a visitor into the attacker's account. Browsers send
 * {@code Origin} (or at least {@code Referer}) with every form POST; it must name this host.
 */
class LoginOriginCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginCheck.class);

    private final String loginPath;

    LoginOriginCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getHeader("Origin");
        if (source == null || source.equals("null")) {
            source = request.getHeader("Referer");
        }
        if (!sameHost(source, request.getHeader("Host"))) {
            log.warn("Refused a login posted from '{}' (host {})", source, request.getHeader("Host"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Log in from the portal's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameHost(String source, String host) {
        if (source == null || host == null) {
            return false;
        }
        try {
            String authority = new URI(source).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
