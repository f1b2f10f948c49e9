package io.blindspot.security.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.base.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the HTTP API. A token that does not work is refused at
 * once with 401 JSON, rather than passed on as anonymous: the client meant to authenticate and
 * should learn that its token is wrong, not that it lacks a role. Requests without a bearer token
 * pass untouched to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;
    private final ObjectMapper json;

    BearerTokenFilter(ApiTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var authentication =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            refuse(response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        var status = HttpStatus.UNAUTHORIZED;
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Blindspot\", error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getWriter(),
                ApiErrors.fields(
                        status,
                        "invalid-token",
                        "The API token is unknown, expired or revoked, or its owner's account is deactivated."));
    }
}
