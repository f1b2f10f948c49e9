package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.blindspot.access.ViewAccessMatrixTest;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.support.Chromium;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every view of the route registry, opened in a real Chromium under the server's
 * Content-Security-Policy: any CSP violation or script error in the browser console fails the test,
 * with the view and the account that caused it. Views whose content depends on the role (the home
 * page's sections, the debrief for facilitator and participant) are opened by every account that
 * may see them; every other view by the first account of the access matrix that may, since who may
 * open what is checked for every account by ViewAccessMatrixTest, and a page load per account per
 * view cost the suite a minute.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserServer.OWN_DATABASE, BrowserServer.SHORT_SESSIONS, BrowserServer.TEN_SECOND_HEARTBEAT})
@ActiveProfiles("test")
class EveryViewConsoleE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void every_view_opens_for_each_account_that_may_see_it_without_a_csp_violation_or_script_error() {
        if (!accounts.exists(ViewAccessMatrixTest.COACH)) {
            accounts.createAccount(
                    ViewAccessMatrixTest.COACH, "View Coach", encoder.encode("demo"), Set.of(Role.FACILITATOR));
        }
        List<String> templates = routes();
        assertThat(ViewAccessMatrixTest.ACCESS.keySet())
                .as("every route declared in the access matrix")
                .containsAll(templates);
        List<String> problems = new ArrayList<>();

        WebDriver anonymous = Chromium.startRecordingConsole();
        try {
            LoginPage.open(anonymous, base());
            awaitVaadin(anonymous);
            Chromium.consoleProblems(anonymous).forEach(p -> problems.add("anonymous on /login: " + p));
        } finally {
            anonymous.quit();
        }

        for (String account : ViewAccessMatrixTest.CALLERS) {
            WebDriver browser = Chromium.startRecordingConsole();
            try {
                LoginPage.open(browser, base()).logInAs(account, "demo");
                for (String template : templates) {
                    if (template.equals("login") || !opens(account, template)) {
                        continue;
                    }
                    String path = "/" + path(template);
                    browser.get(base() + path);
                    awaitVaadin(browser);
                    if (!browser.findElements(By.cssSelector(".error-view")).isEmpty()
                            || browser.getCurrentUrl().contains("/login")) {
                        problems.add(account + " on " + path + ": the view was not shown");
                    }
                    Chromium.consoleProblems(browser).forEach(p -> problems.add(account + " on " + path + ": " + p));
                }
            } finally {
                browser.quit();
            }
        }

        assertThat(problems).isEmpty();
    }

    /** Views that show each role something else, so each account that may see them opens them. */
    static final Set<String> DIFFERS_BY_ROLE = Set.of("", "workshops/:id/debrief");

    private static boolean opens(String account, String template) {
        var allowed = ViewAccessMatrixTest.ACCESS.get(template);
        if (!allowed.contains(account)) {
            return false;
        }
        return DIFFERS_BY_ROLE.contains(template)
                || ViewAccessMatrixTest.CALLERS.stream()
                        .filter(allowed::contains)
                        .findFirst()
                        .orElseThrow()
                        .equals(account);
    }

    /** The application's routes; views under test/ exist only on the test classpath. */
    private List<String> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes()
                .stream()
                .map(RouteData::getTemplate)
                .filter(template -> !template.startsWith("test/"))
                .sorted()
                .toList();
    }

    /** Route parameters filled with the demo's data, as the access matrix does. */
    private String path(String template) {
        long submitted = jdbc.queryForObject(
                "select min(a.id) from assessment a join app_user u on u.id = a.user_id"
                        + " where u.username = 'executive' and a.status = 'SUBMITTED'",
                Long.class);
        long team = jdbc.queryForObject("select id from team where name = 'Sales leadership'", Long.class);
        long offsite =
                jdbc.queryForObject("select id from workshop where title = 'Sales leadership offsite'", Long.class);
        return template.replace(":teamId", String.valueOf(team))
                .replace(":id", String.valueOf(template.startsWith("workshops/") ? offsite : submitted));
    }

    /** Until the page's Vaadin client has loaded and has no request in flight. */
    static void awaitVaadin(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("const flow = window.Vaadin && window.Vaadin.Flow;"
                                + " if (!flow || !flow.clients) return false;"
                                + " const clients = Object.values(flow.clients).filter(c => c.isActive);"
                                + " return clients.length > 0 && clients.every(c => !c.isActive());")));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
