package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a trusted proxy (here: the test itself on localhost, configured as BLINDSPOT_TRUSTED_PROXIES
 * would), the server sees each client's own address and the scheme the client used: one client's
 * wrong guesses pause only that client, and HTTPS at the proxy brings HSTS and a Secure cookie.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "BLINDSPOT_TRUSTED_PROXIES=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class TrustedProxyIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    ProxiedRequests requests;

    @BeforeEach
    void client() {
        requests = new ProxiedRequests(port);
    }

    @Test
    void a_guesser_behind_the_proxy_pauses_only_its_own_address() throws Exception {
        String user = ProxiedRequests.newAccount(accounts, encoder);
        for (int i = 0; i < 5; i++) {
            assertThat(requests.apiStatus(user, "wrong-" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(requests.apiStatus(user, ProxiedRequests.PASSWORD, "203.0.113.7"))
                .as("the guesser stays paused")
                .isEqualTo(401);
        assertThat(requests.apiStatus(user, ProxiedRequests.PASSWORD, "198.51.100.9"))
                .as("the owner at another address logs in")
                .isEqualTo(200);
    }

    @Test
    void https_at_the_trusted_proxy_brings_hsts_and_a_secure_session_cookie() throws Exception {
        var page = requests.loginPageForwardedFromHttps();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(ProxiedRequests.sessionCookie(page)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }
}
