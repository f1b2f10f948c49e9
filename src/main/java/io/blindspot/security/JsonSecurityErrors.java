package io.blindspot.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.base.ApiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for the HTTP API as JSON: an API client never gets a login page. Written through the
 * application's {@link ObjectMapper} in the same shape as {@link ApiErrors}, because these happen in
 * the security filters, before any controller advice could.
 */
final class JsonSecurityErrors {

    private final ObjectMapper json;

    JsonSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Blindspot\"");
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Authentication required: use HTTP Basic with your Blindspot account.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Your roles do not allow " + request.getRequestURI() + ".");
    }

    void rejected(HttpServletResponse response) throws IOException {
        write(
                response,
                HttpStatus.BAD_REQUEST,
                "rejected-request",
                "The request URL is not allowed (e.g. ';', '//' or an encoded '..' in the path).");
    }

    private void write(HttpServletResponse response, HttpStatus status, String error, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), ApiErrors.fields(status, error, message));
    }
}
