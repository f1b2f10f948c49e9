package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.security.AccountService;
import io.blindspot.support.Chromium;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.WorkshopRepository;
import io.blindspot.workshop.WorkshopSeeder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator's workshop in Chromium: created in the form with demo people, the participants'
 * answers seeded (as if they had answered), the board turns ready, the debrief map shows named dots
 * only for those who share, the seed's finding on top, and presentation mode works with the keys.
 * Then the follow-up: the questionnaire re-run for the demo's sales team from its debrief, and the
 * later round's debrief comparing the two rounds.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserServer.ALTERED_DEMO_DATABASE)
@ActiveProfiles("test")
class WorkshopE2EIT {

    static final List<String> PEOPLE = List.of("Jonas Berg", "Amara Osei", "Ben Carter", "Chen Wu", "Priya Nair");
    static final List<String> USERNAMES = List.of("jonas", "amara", "ben", "chen", "priya");

    @LocalServerPort
    int port;

    @Autowired
    WorkshopRepository workshops;

    @Autowired
    WorkshopSeeder workshopSeeder;

    @Autowired
    AssessmentSeeder assessments;

    @Autowired
    AccountService accounts;

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
    void a_facilitator_takes_a_team_from_the_form_to_a_presented_debrief() {
        String base = "http://localhost:" + port;
        LoginPage.open(browser, base).logInAs("facilitator", "demo");
        var pages = new WorkshopPages(browser, base);

        pages.createWorkshop("Browser offsite", "Browser leadership team", PEOPLE);
        assertThat(pages.outcome()).contains("assigned the questionnaire to 5 participant(s)");
        long id = workshops.findAll().stream()
                .filter(w -> w.getTitle().equals("Browser offsite"))
                .findFirst()
                .orElseThrow()
                .getId();
        assertThat(pages.board(id).getAttribute("data-ready")).isEqualTo("false");

        // The participants answer (seeded): all alike, like the seed's sales executives; three share.
        for (int n = 0; n < USERNAMES.size(); n++) {
            var person = accounts.findAccount(USERNAMES.get(n)).orElseThrow();
            assessments.seedSubmittedAssessment(
                    person, id, 84 - n * 3, 40, 20 + n, 62, Instant.now().minusSeconds(600));
        }
        workshopSeeder.consent(id, "jonas", Consent.SHARE);
        workshopSeeder.consent(id, "amara", Consent.SHARE);
        workshopSeeder.consent(id, "ben", Consent.SHARE);

        assertThat(pages.board(id).getAttribute("data-ready")).isEqualTo("true");
        Chromium.screenshot(browser, "workshop-board-ready");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('#add-participants').scrollIntoView({block: 'end'})");
        Chromium.screenshot(browser, "workshop-board-add-people");

        pages.openDebrief(id);
        assertThat(pages.namedDots()).isEqualTo(3);
        assertThat(pages.anonymousDots()).isEqualTo(2);
        assertThat(pages.findingTitles().get(0)).isEqualTo(seedFindingTitle());
        assertThat(pages.pageText()).doesNotContain("Chen Wu").doesNotContain("Priya Nair");
        Chromium.screenshot(browser, "workshop-debrief");

        pages.present();
        assertThat(pages.slidePosition()).startsWith("1 /");
        pages.press(Keys.ARROW_RIGHT);
        assertThat(pages.slideHeading()).isEqualTo(seedFindingTitle());
        assertThat(pages.pageText()).doesNotContain("Chen Wu").doesNotContain("Priya Nair");
        Chromium.screenshot(browser, "workshop-presentation");
        pages.press(Keys.ARROW_LEFT);
        assertThat(pages.slidePosition()).startsWith("1 /");
        pages.press(Keys.ESCAPE);
        pages.waitForUrlEnding("/workshops/" + id + "/debrief");
    }

    @Test
    void a_facilitator_re_runs_the_questionnaire_and_the_later_debrief_compares_the_two_rounds() {
        String base = "http://localhost:" + port;
        LoginPage.open(browser, base).logInAs("facilitator", "demo");
        var pages = new WorkshopPages(browser, base);
        long offsite = idOf("Sales leadership offsite");

        pages.openDebrief(offsite);
        pages.rerunForTheTeam();
        pages.waitForUrlEnding("/board");
        long second = idOf("Sales leadership offsite (follow-up)");
        // Everyone answers again (seeded), less uniform than in the first round; all but tom and greg share.
        var sales = List.of("executive", "dana", "raj", "lena", "tom", "sofia", "greg");
        for (int n = 0; n < sales.size(); n++) {
            assessments.seedSubmittedAssessment(
                    accounts.findAccount(sales.get(n)).orElseThrow(),
                    second,
                    70 - n * 3,
                    45 + n * 2,
                    40 + n * 3,
                    55,
                    Instant.now().minusSeconds(600));
            if (!List.of("tom", "greg").contains(sales.get(n))) {
                workshopSeeder.consent(second, sales.get(n), Consent.SHARE);
            }
        }

        pages.openDebrief(second);

        assertThat(pages.movementArrows())
                .as("one arrow per member who shares in both rounds")
                .isEqualTo(5);
        assertThat(pages.followUpText())
                .contains("Compared with the earlier round", "Commitments kept: 0 of 2", "Mike Brennan moved")
                .doesNotContain("Tom Okafor", "Greg Lindqvist");
        Chromium.screenshot(browser, "workshop-follow-up");
    }

    private long idOf(String title) {
        return workshops.findAll().stream()
                .filter(w -> w.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** The title the shipped rules give the seed's pattern (uniform task dominance). */
    static String seedFindingTitle() {
        return "Nearly everyone leads with dominance and task focus";
    }
}
