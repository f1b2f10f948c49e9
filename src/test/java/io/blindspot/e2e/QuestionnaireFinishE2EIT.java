package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.AnswerService;
import io.blindspot.support.Chromium;
import io.blindspot.support.FreshAssessments;
import java.time.Duration;
import java.util.Set;
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
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Submitting: open statements are shown where they are; the report opens at its top. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionnaireFinishE2EIT {

    private static final Set<Integer> LEFT_OPEN = Set.of(7, 38);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AnswerService answers;

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
        SecurityContextHolder.clearContext();
        fresh.removeAll();
    }

    @Test
    void submitting_with_open_statements_shows_the_first_one_and_how_many_then_the_report_opens_at_its_top() {
        answerAllBut(LEFT_OPEN);
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        QuestionnairePage.openAs(browser, base(), "executive", id);
        for (int page = 0; page < 7 && !visible("Submit"); page++) {
            click("Next");
            sleep(400);
        }

        click("Submit");

        var wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".statement.open-statement")));
        wait.until(d -> inViewport(".statement.open-statement"));
        assertThat((String) js("return document.querySelector('.statement.open-statement legend').textContent;"))
                .startsWith("7. ");
        assertThat(browser.findElement(By.cssSelector(".open-here")).getText())
                .contains("2 statements are still open (7, 38)");
        Chromium.screenshot(browser, "questionnaire-open-statements");

        answer(7);
        answer(38);
        browser.get(base() + "/assessment/" + id); // all answered: opens on the last page
        new QuestionnairePage(browser);
        click("Submit");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-view .style-map")));
        wait.until(d -> inViewport(".report-view h2"));
        assertThat(((Number) js("const l = document.querySelector('vaadin-app-layout');"
                                + " const c = l && l.shadowRoot.querySelector('[content]');"
                                + " return (c ? c.scrollTop : 0) + window.scrollY;"))
                        .intValue())
                .isZero();
        Chromium.screenshot(browser, "report-after-submit");
    }

    @Test
    void the_keys_hint_shows_with_a_keyboard_and_not_on_a_touch_phone() {
        browser = Chromium.start();
        QuestionnairePage.openAs(browser, base(), "executive", id);
        assertThat(helperDisplay()).isNotEqualTo("none");
        browser.quit();

        browser = Chromium.startTouchPhone();
        QuestionnairePage.openAs(browser, base(), "executive", id);
        assertThat(helperDisplay()).isEqualTo("none");
        Chromium.screenshot(browser, "questionnaire-touch-phone");
    }

    private String helperDisplay() {
        return (String) js("const s = document.querySelector('.statement');"
                + " return getComputedStyle(s.querySelector('.statement-status')).display;");
    }

    private void answerAllBut(Set<Integer> open) {
        actAsExecutive();
        var items = answers.openForAnswering(id).items();
        for (var item : items) {
            if (!open.contains(item.number())) {
                answers.saveAnswer(id, item.id(), 1 + item.number() % 5);
            }
        }
        SecurityContextHolder.clearContext();
    }

    private void answer(int number) {
        actAsExecutive();
        var item = answers.openForAnswering(id).items().get(number - 1);
        answers.saveAnswer(id, item.id(), 3);
        SecurityContextHolder.clearContext();
    }

    private static void actAsExecutive() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "executive", null, AuthorityUtils.createAuthorityList("ROLE_EXECUTIVE")));
    }

    private boolean inViewport(String selector) {
        return Boolean.TRUE.equals(js("const r = document.querySelector('" + selector + "').getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;"));
    }

    private boolean visible(String button) {
        return !browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + button + "' and not(@hidden)]"))
                .isEmpty();
    }

    private void click(String button) {
        var element = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + button + "']"));
        js("arguments[0].scrollIntoView(); arguments[0].click();", element);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
