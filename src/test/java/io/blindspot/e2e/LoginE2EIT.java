package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginE2EIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void quitBrowser() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} reaches a home page showing {2}")
    @CsvSource({
        "admin,       Alex Morgan,  Users",
        "hr,          Hanna Roth,   Live rule set: version ",
        "facilitator, Fiona Hart,   Sales leadership",
        "executive,   Mike Brennan, Your assessments"
    })
    void every_demo_role_logs_in_and_sees_its_home_page(String username, String name, String expected) {
        var home = LoginPage.open(browser, "http://localhost:" + port).logInAs(username, "demo");

        assertThat(home.greeting()).isEqualTo("Welcome, " + name);
        assertThat(home.text() + String.join(" ", home.navigation())).contains(expected);
        Chromium.screenshot(browser, "home-" + username);
    }

    @Test
    void a_wrong_password_is_refused_and_stays_on_the_login_page() {
        var login = LoginPage.open(browser, "http://localhost:" + port).logInExpectingFailure("hr", "not-the-password");

        assertThat(login.errorShown()).isTrue();
        assertThat(browser.getCurrentUrl()).contains("/login");
        Chromium.screenshot(browser, "login-refused");
    }

    @Test
    void an_unknown_page_or_one_the_role_may_not_open_shows_a_friendly_not_found_page() {
        LoginPage.open(browser, "http://localhost:" + port).logInAs("executive", "demo");

        for (String path : new String[] {"/no/such/page", "/admin/users"}) {
            browser.get("http://localhost:" + port + path);
            var body = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".error-view")).stream()
                            .findFirst()
                            .orElse(null));
            assertThat(body.getText()).contains("Page not found").doesNotContain("Exception");
        }
        Chromium.screenshot(browser, "not-found");
    }

    @Test
    void the_facilitator_opens_the_seed_teams_blind_spots_from_the_teams_page() {
        LoginPage.open(browser, "http://localhost:" + port).logInAs("facilitator", "demo");
        browser.get("http://localhost:" + port + "/teams");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
        wait.until(d ->
                !d.findElements(org.openqa.selenium.By.linkText("Blind spots")).isEmpty());
        browser.findElements(org.openqa.selenium.By.linkText("Blind spots")).stream()
                .filter(link -> link.getAttribute("href").contains("/teams/"))
                .reduce((first, second) -> second) // rows are sorted by name: Sales leadership is last
                .orElseThrow()
                .click();

        var finding = wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".finding")).stream()
                .findFirst()
                .orElse(null));
        assertThat(browser.findElement(org.openqa.selenium.By.cssSelector(".findings-view h2"))
                        .getText())
                .isEqualTo("Blind spots: Sales leadership");
        assertThat(finding.getText()).contains("HIGH", "Mike Brennan", "First step:");
        Chromium.screenshot(browser, "findings-sales-leadership");
    }
}
