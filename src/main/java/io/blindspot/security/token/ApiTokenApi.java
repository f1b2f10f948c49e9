package io.blindspot.security.token;

import io.blindspot.base.ApiErrors;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens (docs/api.md). The secret is in the creation answer and nowhere else. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody CreateRequest request) {
        var created = tokens.create(request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
                .body(new Created(
                        created.id(),
                        created.token(),
                        created.summary().name(),
                        created.summary().expiresAt()));
    }

    @GetMapping
    List<ApiTokenSummary> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> revoke(@PathVariable long id) {
        if (!tokens.revoke(id)) {
            return ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", "You have no API token with id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ApiErrors.body(HttpStatus.BAD_REQUEST, "invalid-token-request", e.getMessage());
    }

    record CreateRequest(String name, Integer expiresInDays) {}

    record Created(long id, String token, String name, Instant expiresAt) {}
}
