package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator's change reaches a session that is already signed in, over real HTTP: the test
 * profile rechecks the account every second (the shipped default is 30 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountRecheckIT {

    static final AtomicInteger people = new AtomicInteger();
    static final String PASSWORD = "a long and unusual passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_deactivated_persons_open_session_is_sent_to_the_login_page() throws Exception {
        var person = newExecutive();
        String session = logIn(person.getUsername());
        assertThat(home(session).statusCode()).isEqualTo(200);

        new SignedIn(users).as("admin", () -> administration.deactivate(person.getId()));
        Thread.sleep(1_100);

        var after = home(session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_role_taken_away_ends_the_session_that_still_holds_it() throws Exception {
        var person = newExecutive();
        String session = logIn(person.getUsername());

        new SignedIn(users).as("admin", () -> administration.changeRoles(person.getId(), Set.of(Role.FACILITATOR)));
        Thread.sleep(1_100);

        assertThat(home(session).statusCode()).isEqualTo(302);
        String again = logIn(person.getUsername());
        assertThat(home(again).statusCode())
                .as("signing in again gives a session with the new roles")
                .isEqualTo(200);
    }

    @Test
    void an_unchanged_account_keeps_its_session_past_the_recheck() throws Exception {
        var person = newExecutive();
        String session = logIn(person.getUsername());

        Thread.sleep(1_100);

        assertThat(home(session).statusCode()).isEqualTo(200);
    }

    private UserAccount newExecutive() {
        String username = "recheck" + people.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        return accounts.createAccount(username, "Rhea Recheck", encoder.encode(PASSWORD), Set.of(Role.EXECUTIVE));
    }

    private String logIn(String username) throws Exception {
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=" + PASSWORD.replace(' ', '+')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse(""))
                .as("logged in")
                .doesNotContain("login");
        return login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> home(String sessionCookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/"))
                        .header("Cookie", sessionCookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
