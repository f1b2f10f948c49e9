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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionnaireE2EIT {

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
    void an_executive_answers_by_keyboard_leaves_halfway_resumes_in_a_new_browser_and_submits() {
        browser = Chromium.start();
        var questionnaire = QuestionnairePage.openAs(browser, base(), "executive", id);
        assertThat(questionnaire.progress()).isEqualTo("0 of 40 answered");
        for (int n = 0; n < 20; n++) {
            questionnaire.pressKey(String.valueOf(1 + n % 5), n + 1);
        }
        Chromium.screenshot(browser, "questionnaire-halfway");
        browser.quit();

        browser = Chromium.start();
        LoginPage.open(browser, base()).logInAs("executive", "demo");
        var resume = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[contains(., 'Resume (20 of 40)')]")));
        resume.click();
        questionnaire = new QuestionnairePage(browser);
        assertThat(questionnaire.firstStatementLabel()).startsWith("21. ");
        assertThat(questionnaire.progress()).isEqualTo("20 of 40 answered");
        questionnaire.back();
        assertThat(questionnaire.valuesOnPage()).containsExactly("1", "2", "3", "4", "5");
        questionnaire.next();
        assertThat(questionnaire.focusedStatementLabel()).startsWith("21. ");
        Chromium.screenshot(browser, "questionnaire-resumed");
        for (int n = 20; n < 40; n++) {
            questionnaire.pressKey(String.valueOf(1 + n % 5), n + 1);
        }

        var report = questionnaire.submit();

        assertThat(report.text()).contains("Your style:", "Typical strengths", "Watch-outs");
        Chromium.screenshot(browser, "report");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('.style-map').scrollIntoView();");
        Chromium.screenshot(browser, "report-style-map");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
