package io.blindspot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a posted login form when the form is turned off ({@code BLINDSPOT_FORM_LOGIN=false}).
 * Vaadin's configuration always sets up form login with its login view; hiding the form alone
 * would leave passwords accepted by anyone who posts them.
 */
class FormLoginOff extends OncePerRequestFilter {

    private final String loginPath;

    FormLoginOff(String loginPath) {
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
        response.sendError(
                HttpServletResponse.SC_FORBIDDEN, "Password login is turned off: sign in with your company account.");
    }
}
