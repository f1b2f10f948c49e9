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
 * Behind a trusted proxy (here: the test itself on localhost, configured as BLINDSPOT_TRUSTED_PROXIES
 * would), the throttle sees each client's own address: one client's wrong guesses pause only that
 * client, not everyone who comes through the same proxy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "BLINDSPOT_TRUSTED_PROXIES=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class TrustedProxyIT {

    static final String PASSWORD = "right-password-123";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_guesser_behind_the_proxy_pauses_only_its_own_address() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            assertThat(status(user, "wrong-" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(status(user, PASSWORD, "203.0.113.7"))
                .as("the guesser stays paused")
                .isEqualTo(401);
        assertThat(status(user, PASSWORD, "198.51.100.9"))
                .as("the owner at another address logs in")
                .isEqualTo(200);
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
