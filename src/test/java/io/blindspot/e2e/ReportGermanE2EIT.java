package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.AssessmentRepository;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.support.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A browser that asks for German gets the home page and the personal report in German, style words included. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportGermanE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentRepository assessments;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.startInGerman();
    }

    @AfterEach
    void quitBrowser() {
        browser.quit();
    }

    @Test
    void an_executive_whose_browser_asks_for_german_reads_the_report_in_german() {
        var home = LoginPage.open(browser, "http://localhost:" + port).logInAs("executive", "demo");
        assertThat(home.greeting()).startsWith("Willkommen, ");
        assertThat(home.text()).contains("Ihre Fragebögen", "Profil ansehen");
        assertThat(home.navigation()).contains("Start");
        long id = assessments.findAssignedTo("executive").stream()
                .filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
                .findFirst()
                .orElseThrow()
                .getId();

        browser.get("http://localhost:" + port + "/report/" + id);
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-view .style-map")));

        String text = browser.findElement(By.cssSelector(".report-view")).getText();
        assertThat(text)
                .contains("Ihr Profil", "Arbeitsstil", "Ihre vier Skalen", "Ihr Stil: ", "Typische Stärken")
                .contains("Worauf Sie achten sollten", "So wurden die Werte berechnet", "Drucken")
                .contains("Dominanz", "Initiative", "Stetigkeit", "Gewissenhaftigkeit")
                .doesNotContain("Your style", "Typical strengths", "Watch-outs", "Print", "!assessment.");
        assertThat(browser.findElement(By.cssSelector(".app-header")).getText())
                .contains("Abmelden")
                .doesNotContain("Log out");
        assertThat(browser.getTitle()).isEqualTo("Ihr Profil · Blindspot");
        assertThat(((JavascriptExecutor) browser).executeScript("return navigator.language"))
                .asString()
                .startsWith("de");

        // tall enough for the whole report, from the heading down to how the scores were computed
        browser.manage().window().setSize(new Dimension(1280, 1500));
        Chromium.screenshot(browser, "report-de");
    }
}
