package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Login CSRF, response headers and the session cookie, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionAndHeadersIT {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_login_posted_from_a_foreign_origin_without_a_token_does_not_log_the_visitor_in() throws Exception {
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=executive&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Location").orElse(""))
                .as("status %s", login.statusCode())
                .doesNotEndWith(":" + port + "/");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse("");
        var home = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("the session is not logged in").isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_login_posted_from_the_portals_own_page_logs_in() throws Exception {
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base())
                        .POST(HttpRequest.BodyPublishers.ofString("username=hr&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_other_protective_headers() throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS")
                .isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(
                        c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    // HSTS and the Secure cookie behind a proxy: TrustedProxyIT (trusted) and ForwardedForIT (untrusted).

    private String base() {
        return "http://localhost:" + port;
    }
}
