package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.assessment.InstrumentCatalog;
import io.blindspot.security.AccountService;
import io.blindspot.support.KaribuTest;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.WorkshopSeeder;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The facilitator's screens for a workshop's rounds: the questionnaire version chosen at creation,
 * and the follow-up — re-running the questionnaire for the same team from the debrief, then the
 * later round's debrief comparing the two. Its own database: the workshops created here would
 * change what other screen tests see of the demo data.
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:workshop-rounds;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WorkshopRoundsViewTest extends KaribuTest {

    /** Where each Sales leadership member's dot is in the second round: they all moved towards people. */
    static final Map<String, int[]> SECOND_ROUND = Map.of(
            "executive", new int[] {62, 60, 55, 50},
            "dana", new int[] {60, 62, 58, 48},
            "raj", new int[] {58, 55, 60, 52},
            "lena", new int[] {55, 50, 62, 60},
            "tom", new int[] {70, 55, 40, 50},
            "sofia", new int[] {57, 60, 60, 50},
            "greg", new int[] {52, 58, 64, 55});

    @Autowired
    WorkshopService workshops;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    AssessmentSeeder assessments;

    @Autowired
    WorkshopSeeder seeder;

    @Autowired
    AccountService accounts;

    @Test
    void a_facilitator_creates_a_workshop_with_the_questionnaire_version_they_choose() throws Exception {
        var pilot = catalog.store(pilotInstrument(), "pilot.yaml");
        login("facilitator");
        UI.getCurrent().navigate("workshops");
        var view = _get(WorkshopsView.class);
        assertThat(view.instrument.getValue().instrumentKey())
                .as("the current version is the default")
                .isEqualTo("workplace-style");

        _setValue(view.title, "Pilot day");
        _setValue(view.teamName, "Pilot team");
        _setValue(view.newPeople, "Nora Field, nora.field@example.com");
        _setValue(
                view.instrument,
                view.instrument
                        .getListDataView()
                        .getItems()
                        .filter(v -> v.id() == pilot.getId())
                        .findFirst()
                        .orElseThrow());
        _click(view.create);

        assertThat(view.outcome.getElement().getTextRecursively()).contains("Created \"Pilot day\"");
        assertThat(workshops.callersWorkshops())
                .filteredOn(w -> w.title().equals("Pilot day"))
                .extracting(WorkshopSummary::instrument)
                .containsExactly("workplace-style-pilot v1");
    }

    @Test
    void after_a_re_run_the_later_debrief_shows_who_moved_what_changed_and_which_commitments_were_kept() {
        login("facilitator");
        long offsite = offsiteId();
        UI.getCurrent().navigate("workshops/" + offsite + "/debrief");
        var first = _get(DebriefView.class);
        assertThat(first.followUp.rerun.isVisible()).isTrue();
        assertThat(first.followUp.instrument.getValue().instrumentKey()).isEqualTo("workplace-style");
        _setValue(first.followUp.date, LocalDate.now().plusMonths(4));
        _setValue(first.followUp.deadline, LocalDate.now().plusMonths(4).minusWeeks(1));

        _click(first.followUp.rerun);

        var board = _get(BoardView.class);
        long second = workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals("Sales leadership offsite (follow-up)"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(board.getElement().getTextRecursively()).contains("Sales leadership offsite (follow-up)");
        // Everyone but tom and greg shares again; everyone answers the second round.
        SECOND_ROUND.forEach((username, dics) -> {
            if (!List.of("tom", "greg").contains(username)) {
                seeder.consent(second, username, Consent.SHARE);
            }
            assessments.seedSubmittedAssessment(
                    accounts.findAccount(username).orElseThrow(),
                    second,
                    dics[0],
                    dics[1],
                    dics[2],
                    dics[3],
                    Instant.now().minusSeconds(600));
        });

        UI.getCurrent().navigate("workshops/" + second + "/debrief");
        var later = _get(DebriefView.class).followUp;

        assertThat(later.summary.getText())
                .contains("Commitments kept: 0 of 2")
                .contains("Findings that disappeared: ")
                .doesNotContain("disappeared: none");
        String moved = later.movements.getElement().getTextRecursively();
        assertThat(moved)
                .contains("Team centre", "Mike Brennan moved", "Dana Whitfield moved", "Sofia Marquez moved")
                .doesNotContain("Tom Okafor", "Greg Lindqvist");
        assertThat(later.getElement().getTextRecursively()).doesNotContain("Tom Okafor", "Greg Lindqvist");
        assertThat(later.earlierCommitments.getChildren()).hasSize(2);
        String svg = later.movementMap.getElement().getProperty("innerHTML");
        assertThat(svg.split("class=\"move\"", -1))
                .as("one arrow per member who shares in both rounds")
                .hasSize(6);
        assertThat(later.rerun.isVisible()).as("a third round can follow").isTrue();
    }

    @Test
    void a_participant_opens_a_revealed_later_round_whose_earlier_round_was_never_revealed_without_the_comparison() {
        login("facilitator");
        long teamDay = workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals("Product leadership team day"))
                .findFirst()
                .orElseThrow()
                .id();
        long second = workshops
                .followUp(
                        teamDay, LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(1), null)
                .workshop()
                .id();
        int n = 0;
        for (String username : List.of("priya", "jonas", "amara", "ben", "chen")) {
            assessments.seedSubmittedAssessment(
                    accounts.findAccount(username).orElseThrow(),
                    second,
                    50 + n,
                    50,
                    50 - n,
                    50,
                    Instant.now().minusSeconds(600));
            n += 5;
        }
        workshops.reveal(second);

        login("jonas");
        UI.getCurrent().navigate("workshops/" + second + "/debrief");

        var view = _get(DebriefView.class);
        assertThat(view.title.getText()).isEqualTo("Product leadership team day (follow-up)");
        assertThat(view.followUp.isVisible())
                .as("no comparison with a round whose debrief jonas may not see")
                .isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Compared with the earlier round");
    }

    private long offsiteId() {
        return workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals("Sales leadership offsite"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String pilotInstrument() throws java.io.IOException {
        return new ClassPathResource("instruments/workplace-style-v1.yaml")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: workplace-style$", "id: workplace-style-pilot")
                .replaceFirst("(?m)^  en: Workplace Style$", "  en: Workplace Style Pilot");
    }
}
