package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The idle timeout in a real Chromium: an executive answers, leaves the tab open (its heartbeats
 * keep going) past BLINDSPOT_SESSION_TIMEOUT (here 20 s), is returned to the login page on
 * its own, logs in again and finds every saved answer.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserServer.OWN_DATABASE, BrowserServer.SHORT_SESSIONS, BrowserServer.TEN_SECOND_HEARTBEAT})
@ActiveProfiles("test")
class IdleTimeoutE2EIT {

    @LocalServerPort
    int port;

    @Test
    void an_idle_tab_returns_to_the_login_page_and_the_saved_answers_are_there_after_logging_in_again() {
        WebDriver browser = Chromium.startRecordingConsole();
        try {
            String base = "http://localhost:" + port;
            LoginPage.open(browser, base).logInAs("executive", "demo");
            new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-button[normalize-space(.)='Start']")))
                    .click();
            var questionnaire = new QuestionnairePage(browser);
            questionnaire.pressKey("4", 1);
            questionnaire.pressKey("2", 2);
            questionnaire.pressKey("5", 3);
            List<String> answered = questionnaire.valuesOnPage();
            String questionnaireUrl = browser.getCurrentUrl();

            // Nobody touches the tab: 20 s of idleness plus a heartbeat or two.
            try {
                new WebDriverWait(browser, Duration.ofMinutes(4), Duration.ofMillis(100))
                        .pollingEvery(Duration.ofSeconds(2))
                        .until(d -> d.getCurrentUrl().contains("/login")
                                && !d.findElements(By.cssSelector("#vaadinLoginUsername"))
                                        .isEmpty());
            } catch (org.openqa.selenium.TimeoutException stayed) {
                Chromium.screenshot(browser, "idle-timeout-not-returned");
                throw new AssertionError(
                        "The idle tab did not return to the login page; it shows " + browser.getCurrentUrl()
                                + ", console: " + Chromium.consoleLog(browser),
                        stayed);
            }
            Chromium.screenshot(browser, "idle-timeout-login");

            // Spring Security takes the person back to the page the login interrupted.
            new LoginPage(browser).logInWherever("executive", "demo");
            browser.get(questionnaireUrl);
            var resumed = new QuestionnairePage(browser);
            assertThat(resumed.progress()).startsWith("3 of ");
            assertThat(resumed.valuesOnPage()).isEqualTo(answered);
            assertThat(answered.subList(0, 3)).containsExactly("4", "2", "5");
        } finally {
            browser.quit();
        }
    }
}
