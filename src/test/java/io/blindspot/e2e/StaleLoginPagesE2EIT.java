package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.security.ui.login.LoginView;
import io.blindspot.support.Chromium;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What {@code StaleLoginPages} promises: once a person has logged in, the login page's UI is
 * closed and gone from the session (before, it stayed for three missed heartbeats, 15 minutes, in
 * every participant's session). A refused login keeps it: that page is still the one shown. The
 * test looks into the real server's HTTP session (Tomcat's session manager, by the browser's
 * session cookie) and reads the Vaadin session's UIs under its lock.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaleLoginPagesE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

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
    void logging_in_closes_the_login_pages_ui_and_leaves_only_the_home_pages() {
        var login = LoginPage.open(browser, base());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.until(d -> routes().contains("LoginView"));
        assertThat(routes()).as("before logging in").containsExactly("LoginView");
        UI loginUi = uis().get(0);

        var home = login.logInAs("executive", "demo");
        assertThat(home.greeting()).isEqualTo("Welcome, Mike Brennan");

        wait.until(d -> !routes().contains("LoginView"));
        assertThat(routes()).as("after logging in").hasSize(1).doesNotContain("LoginView");
        assertThat(loginUi.isClosing()).isTrue();
    }

    @Test
    void a_refused_login_keeps_the_login_page_it_still_shows() {
        var login = LoginPage.open(browser, base()).logInExpectingFailure("executive", "not-the-password");

        assertThat(login.errorShown()).isTrue();
        assertThat(routes()).contains("LoginView").allMatch("LoginView"::equals);
        assertThat(uis()).anySatisfy(ui -> assertThat(ui.isClosing()).isFalse());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The route target shown by each live UI of the browser's session, by simple class name. */
    private List<String> routes() {
        return uis().stream()
                .filter(ui -> !ui.isClosing())
                .map(ui -> {
                    var chain = ui.getInternals().getActiveRouterTargetsChain();
                    return chain.isEmpty()
                            ? "none"
                            : chain.get(0) instanceof LoginView
                                    ? "LoginView"
                                    : chain.get(0).getClass().getSimpleName();
                })
                .toList();
    }

    /** The UIs the server keeps in the browser's session, read under the Vaadin session's lock. */
    private List<UI> uis() {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        if (cookie == null) {
            return List.of();
        }
        HttpSession http = httpSession(cookie.getValue());
        if (http == null) {
            return List.of();
        }
        for (var names = http.getAttributeNames(); names.hasMoreElements(); ) {
            if (http.getAttribute(names.nextElement()) instanceof VaadinSession vaadin) {
                vaadin.lock();
                try {
                    return List.copyOf(vaadin.getUIs());
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return Collections.emptyList();
    }

    private HttpSession httpSession(String id) {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context web = (Context) tomcat.getHost().findChildren()[0];
        Manager manager = web.getManager();
        try {
            var session = manager.findSession(id);
            return session == null ? null : session.getSession();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
