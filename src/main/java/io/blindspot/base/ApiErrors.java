package io.blindspot.base;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the HTTP API as JSON with a status a client can act on. */
@RestControllerAdvice(basePackages = "io.blindspot")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(Exception e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this request.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON for this endpoint.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            var status = HttpStatus.valueOf(known.getStatusCode().value());
            return body(status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'), status.getReasonPhrase());
        }
        log.error("Unexpected API error", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong; it has been logged.");
    }

    public static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(fields(status, error, message));
    }

    /** The JSON body every API error has: {@code status}, {@code error} (a stable code) and {@code message}. */
    public static Map<String, Object> fields(HttpStatus status, String error, String message) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status.value());
        fields.put("error", error);
        fields.put("message", message);
        return fields;
    }
}
