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
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the HTTP API as JSON with a status a client can act on. Applies to every handler, not
 * only ours: a request that found no handler (405, 415) has none whose package could be checked.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(Exception e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this request.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiBodyLimit.BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return body(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON for this endpoint.");
    }

    @ExceptionHandler(ApiBodyLimit.BodyTooLarge.class)
    ResponseEntity<Map<String, Object>> tooLarge(ApiBodyLimit.BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header("Connection", "close")
                .body(fields(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badPathValue(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a value of another type" : expectedOf(e.getRequiredType());
        return body(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "'" + e.getName() + "' must be " + expected + ", was '" + shortened(e.getValue()) + "'.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(e.getHeaders())
                .body(fields(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "method-not-allowed",
                        e.getMethod() + " is not allowed here; allowed: " + e.getSupportedHttpMethods() + "."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .headers(e.getHeaders())
                .body(fields(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Content-Type " + e.getContentType() + " is not accepted; send " + e.getSupportedMediaTypes()
                                + "."));
    }

    private static String expectedOf(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        return "a " + type.getSimpleName();
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
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
