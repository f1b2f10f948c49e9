package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.AssessmentRepository;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.support.Chromium;
import io.blindspot.workshop.WorkshopRepository;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

/** The participant's screens on a phone-sized window: nothing runs off the side. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneLayoutE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    WorkshopRepository workshops;

    // One phone-sized browser for the class, logged in again only when a screen needs another person:
    // a browser and a login per screen cost the suite half a minute.
    static WebDriver browser;
    static String signedInAs;

    @BeforeAll
    static void startPhoneSizedBrowser() {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        signedInAs = null;
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    private void signIn(String username) {
        if (!username.equals(signedInAs)) {
            browser.manage().deleteAllCookies();
            LoginPage.open(browser, "http://localhost:" + port).logInAs(username, "demo");
            signedInAs = username;
        }
    }

    enum Screen {
        HOME("", AssessmentStatus.SUBMITTED, ".home-view .assessment-action"),
        QUESTIONNAIRE("assessment/", AssessmentStatus.NOT_STARTED, ".questionnaire-view .statement"),
        REPORT("report/", AssessmentStatus.SUBMITTED, ".report-view .style-map");

        final String path;
        final AssessmentStatus status;
        final String readyWhen;

        Screen(String path, AssessmentStatus status, String readyWhen) {
            this.path = path;
            this.status = status;
            this.readyWhen = readyWhen;
        }
    }

    enum WorkshopScreen {
        LIST_AND_FORM("", ".workshops-view #workshop-create"),
        BOARD("board", ".board-view"),
        DEBRIEF("debrief", ".debrief-view .finding-card"),
        PRESENTATION("present", ".presentation .slide");

        final String path;
        final String readyWhen;

        WorkshopScreen(String path, String readyWhen) {
            this.path = path;
            this.readyWhen = readyWhen;
        }
    }

    @ParameterizedTest
    @EnumSource(WorkshopScreen.class)
    void a_facilitator_workshop_screen_fits_a_phone_without_sideways_scrolling(WorkshopScreen screen) {
        signIn("facilitator");
        long id = workshops.findAll().stream()
                .filter(w -> w.getTitle().equals("Sales leadership offsite"))
                .findFirst()
                .orElseThrow()
                .getId();

        browser.get("http://localhost:" + port + "/workshops"
                + (screen.path.isEmpty() ? "" : "/" + id + "/" + screen.path));
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(screen.readyWhen)));

        Chromium.screenshot(browser, "phone-workshop-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(overflowing(".workshops-view, .board-view, .debrief-view, .presentation"))
                .as("elements that reach past the phone's right edge")
                .isEmpty();
    }

    @Test
    void my_account_with_its_language_choice_fits_a_phone() {
        signIn("executive");
        browser.get("http://localhost:" + port + "/account/password");
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#account-language")));

        Chromium.screenshot(browser, "phone-my-account");
        assertThat(overflowing(".change-password-view"))
                .as("elements that reach past the phone's right edge")
                .isEmpty();
    }

    /**
     * The elements of the view whose right edge is past the window's, as "tag.class (px)"; what a
     * scrolling grid holds inside its own scroller does not count.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> overflowing(String view) {
        return (java.util.List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "const view = document.querySelector(arguments[0]);"
                                + " return [view, ...view.querySelectorAll('*')]"
                                + ".filter(e => !e.parentElement.closest('vaadin-grid'))"
                                + ".filter(e => Math.ceil(e.getBoundingClientRect().right) > window.innerWidth)"
                                + ".map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ('"
                                + " + Math.ceil(e.getBoundingClientRect().right - window.innerWidth) + ' px)');",
                        view);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void a_participant_screen_fits_a_phone_without_sideways_scrolling(Screen screen) {
        signIn("executive");
        long id = assessments.findAssignedTo("executive").stream()
                .filter(a -> a.getStatus() == screen.status)
                .findFirst()
                .orElseThrow()
                .getId();

        browser.get("http://localhost:" + port + "/" + (screen.path.isEmpty() ? "" : screen.path + id));
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(screen.readyWhen)));

        // The app layout scrolls its content area itself, so measure the view's own elements.
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("const view = document.querySelector('.questionnaire-view, .report-view, .home-view');"
                        + " const rights = [view, ...view.querySelectorAll('*')].map(e => e.getBoundingClientRect().right);"
                        + " return Math.ceil(Math.max(...rights) - window.innerWidth);");
        Chromium.screenshot(browser, "phone-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(overflow.longValue())
                .as("pixels the view is wider than the phone, by "
                        + overflowing(".questionnaire-view, .report-view, .home-view"))
                .isLessThanOrEqualTo(0);
    }
}
