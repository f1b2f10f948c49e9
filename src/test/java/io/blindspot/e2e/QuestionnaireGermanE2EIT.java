package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import io.blindspot.support.FreshAssessments;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The questionnaire in a German browser: the view's own texts from the questionnaire bundle, the
 * statements and answer labels in German from the instrument, no missing key. Writes
 * target/screenshots/questionnaire-de.png.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionnaireGermanE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    FreshAssessments fresh;
    long id;
    WebDriver browser;

    @BeforeEach
    void assignAnAssessment() {
        fresh = new FreshAssessments(context);
        id = fresh.assignTo("executive");
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        fresh.removeAll();
    }

    @Test
    void a_german_browser_gets_the_questionnaire_in_german() {
        browser = Chromium.startInGerman();
        QuestionnairePage.openAs(browser, "http://localhost:" + port, "executive", id);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.until(d -> text(".progress-text").equals("0 von 40 beantwortet"));
        var first = browser.findElements(By.cssSelector(".statement")).get(0);
        first.findElement(By.cssSelector("input[type=radio][value='4']")).click();
        wait.until(d -> text(".progress-text").equals("1 von 40 beantwortet"));
        wait.until(d -> text(".statement .statement-status").startsWith("✓ Gespeichert"));

        String page = browser.findElement(By.cssSelector(".questionnaire-view")).getText();
        assertThat(page)
                .contains("Weiter", "Zurück", "Noch etwa 5 Min.", "✓ Gespeichert: Aussage 1")
                .contains("5 · Stimme voll und ganz zu") // the instrument's German answer labels
                .doesNotContain("!questionnaire.", "answered", "Saved", "Next", "Strongly");
        assertThat(text(".statement legend")).startsWith("1. ").doesNotContain(" the ", " I ");
        assertThat(text(".statement:nth-child(2) .statement-status")).isEqualTo("Tasten 1–5 beantworten diese Aussage");
        assertThat(browser.getTitle()).isEqualTo("Fragebogen · Blindspot");
        Chromium.screenshot(browser, "questionnaire-de");
    }

    private String text(String css) {
        return ((String) ((JavascriptExecutor) browser)
                        .executeScript(
                                "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css))
                .trim();
    }
}
