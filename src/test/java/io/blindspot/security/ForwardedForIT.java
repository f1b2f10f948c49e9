package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login throttle's client address over real HTTP: X-Forwarded-For counts only when the
 * connection comes from a configured trusted proxy. Here nobody is trusted (the default), so a
 * client cannot dodge its pause by inventing addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedForIT {

    static final String PASSWORD = "right-password-123";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_untrusted_client_cannot_escape_its_pause_with_a_made_up_forwarded_address() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            assertThat(status(user, "wrong-" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(status(user, PASSWORD, "198.51.100.9"))
                .as("the pause is for the real address, whatever X-Forwarded-For claims")
                .isEqualTo(401);
    }

    String account() {
        String user = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(user, "Forwarded Test", encoder.encode(PASSWORD), Set.of(Role.FACILITATOR));
        return user;
    }

    int status(String user, String password, String forwardedFor) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/teams"))
                .header("Authorization", "Basic " + token)
                .header("X-Forwarded-For", forwardedFor)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
