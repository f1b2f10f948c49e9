package io.blindspot.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Requests as they arrive through a reverse proxy (X-Forwarded-For, X-Forwarded-Proto), for the
 * tests of what the server believes about the client with and without a trusted proxy.
 */
final class ProxiedRequests {

    static final String PASSWORD = "right-password-123";

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ProxiedRequests(int port) {
        this.port = port;
    }

    /** A new facilitator account with {@link #PASSWORD}, so no other test's failures count against it. */
    static String newAccount(AccountService accounts, PasswordEncoder encoder) {
        String user = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(user, "Forwarded Test", encoder.encode(PASSWORD), Set.of(Role.FACILITATOR));
        return user;
    }

    /** The status of an API call with Basic credentials, claiming to come from {@code forwardedFor}. */
    int apiStatus(String user, String password, String forwardedFor) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/teams"))
                .header("Authorization", "Basic " + token)
                .header("X-Forwarded-For", forwardedFor)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The login page over plain HTTP, as a TLS-terminating proxy forwards it after an HTTPS request. */
    HttpResponse<String> loginPageForwardedFromHttps() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.20")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }
}
