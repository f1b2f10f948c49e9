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
 * Forwarded headers over real HTTP when nobody is a trusted proxy (the default): a client can
 * neither dodge its login pause by inventing addresses nor claim HTTPS it did not use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedForIT {

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
    void an_untrusted_client_cannot_escape_its_pause_with_a_made_up_forwarded_address() throws Exception {
        String user = ProxiedRequests.newAccount(accounts, encoder);
        for (int i = 0; i < 5; i++) {
            assertThat(requests.apiStatus(user, "wrong-" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(requests.apiStatus(user, ProxiedRequests.PASSWORD, "198.51.100.9"))
                .as("the pause is for the real address, whatever X-Forwarded-For claims")
                .isEqualTo(401);
    }

    @Test
    void an_untrusted_client_claiming_https_gets_neither_hsts_nor_a_secure_cookie() throws Exception {
        var page = requests.loginPageForwardedFromHttps();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(ProxiedRequests.sessionCookie(page)).contains("HttpOnly").doesNotContainIgnoringCase("Secure");
    }
}
