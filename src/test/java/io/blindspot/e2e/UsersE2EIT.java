package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.security.AccountAdministration;
import io.blindspot.security.AccountService;
import io.blindspot.security.LoginThrottle;
import io.blindspot.security.ManagedAccount.Filter;
import io.blindspot.security.Role;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.support.Chromium;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An administrator manages accounts in a real browser against the running portal. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = BrowserServer.USERS_DATABASE)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SetPasswordLinks links;

    @Autowired
    UserDetailsService users;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void quitBrowser() {
        browser.quit();
    }

    @Test
    @Order(2)
    void an_admin_creates_a_person_sets_roles_unlocks_and_deactivates_them() {
        String username = "e2e." + Long.toString(System.nanoTime(), 36);
        LoginPage.open(browser, base()).logInAs("admin", "demo").greeting();
        var page = UsersPage.open(browser, base());

        String link = page.createPerson("Erin Endtoend", username + "@example.com", username, List.of("Executive"));
        assertThat(link).startsWith("http").contains("/set-password?token=");
        assertThat(links.usernameFor(link.substring(link.indexOf("token=") + 6)))
                .contains(username);
        assertThat(page.rowText(username)).contains("Erin Endtoend", "Executive", "Active");
        Chromium.screenshot(browser, "users-created");

        page.select(username);
        page.setRoles(List.of("Executive", "Facilitator"));
        page.waitForMessage("Roles saved");
        assertThat(accounts.findAccount(username).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.EXECUTIVE, Role.FACILITATOR);

        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username, "203.0.113.9");
        }
        page = UsersPage.open(browser, base());
        assertThat(page.rowText(username)).contains("Paused until");
        page.select(username);
        assertThat(page.unlockShown()).isTrue();
        Chromium.screenshot(browser, "users-paused");
        page.unlock();
        page.waitForMessage("Unlocked");
        assertThat(page.status()).isEqualTo("Active");
        throttle.checkAllowed(username, "203.0.113.9"); // throws if still paused

        page.deactivate();
        page.waitForMessage("Deactivated");
        assertThat(page.status()).isEqualTo("Deactivated");
        assertThat(accounts.findAccount(username).orElseThrow().isEnabled()).isFalse();
        Chromium.screenshot(browser, "users-deactivated");
    }

    @Test
    @Order(1)
    void the_last_active_admin_keeps_the_role_and_stays_active() {
        onlyTheDemoAdminIsAnActiveAdmin();
        LoginPage.open(browser, base()).logInAs("admin", "demo").greeting();
        var page = UsersPage.open(browser, base());

        page.select("admin");
        page.setRoles(List.of("HR / rules author"));
        assertThat(page.waitForMessage("last active administrator")).contains("Make someone else an administrator");
        assertThat(page.tickedRoles()).as("what the admin ticked stays ticked").containsExactly("HR / rules author");
        Chromium.screenshot(browser, "users-last-admin");

        page.deactivate();
        page.waitForMessage("cannot be deactivated");
        var admin = accounts.findAccount("admin").orElseThrow();
        assertThat(admin.getRoles()).contains(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
    }

    private void onlyTheDemoAdminIsAnActiveAdmin() {
        var user = users.loadUserByUsername("admin");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (var other : administration.search(new Filter(null, Role.ADMIN, null))) {
                if (!other.username().equals("admin") && other.enabled()) {
                    administration.deactivate(other.id());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
