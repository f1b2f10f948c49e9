package io.blindspot.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the HTTP API as JSON: an API client never gets a login page. */
final class JsonSecurityErrors {

    private JsonSecurityErrors() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Blindspot\"");
            write(
                    response,
                    401,
                    "unauthorized",
                    "Authentication required: use HTTP Basic with your Blindspot account.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                write(response, 403, "forbidden", "Your roles do not allow " + request.getRequestURI() + ".");
    }

    private static void write(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
