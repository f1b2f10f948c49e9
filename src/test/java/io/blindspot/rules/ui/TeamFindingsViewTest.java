package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import io.blindspot.support.KaribuTest;
import io.blindspot.team.TeamRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamFindingsViewTest extends KaribuTest {

    @Autowired
    TeamRepository teams;

    @Autowired
    io.blindspot.audit.AuditTrail audit;

    @Test
    void the_facilitator_sees_the_seed_teams_uniform_task_dominance_with_evidence_and_actions() {
        login("facilitator");

        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");

        var view = _get(TeamFindingsView.class);
        assertThat(view.title.getText()).isEqualTo("Blind spots: Sales leadership");
        assertThat(view.provenance.getText()).contains("rule-set version 1");
        var card = view.cards.stream()
                .filter(c -> c.code.equals("UNIFORM_TASK_DOMINANCE"))
                .findFirst()
                .orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("HIGH", "Mike Brennan", "Dana Whitfield", "First step:", "Cadence:");
        // Greg and Tom have not consented to share in the team's workshop
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Greg Lindqvist", "Tom Okafor");
        assertThat(view.cards.get(0).code).isEqualTo("UNIFORM_TASK_DOMINANCE");
        assertThat(audit.latest()).anySatisfy(e -> assertThat(e.actor() + " " + e.action())
                .isEqualTo("facilitator TEAM_EVALUATION_VIEWED"));
    }

    @Test
    void a_german_reader_sees_the_findings_page_in_german() {
        login("facilitator");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");

        var view = _get(TeamFindingsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Blinde Flecken · Blindspot");
        assertThat(view.title.getText()).isEqualTo("Blinde Flecken: Sales leadership");
        assertThat(view.evaluateAgain.getText()).isEqualTo("Mit den Live-Regeln neu auswerten");
        assertThat(view.provenance.getText())
                .startsWith("Ausgewertet am ")
                .contains("auf Basis von 7 Ergebnissen bei 7 Mitgliedern", "Regelwerk-Version 1")
                .endsWith("kein Urteil.");
        var card = view.cards.stream()
                .filter(c -> c.code.equals("UNIFORM_TASK_DOMINANCE"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("HOCH", "Beruht auf: ", "Erster Schritt: ", "Rhythmus: ", "Ausgelöst durch die Regel „");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("!rules.");
    }

    @Test
    void each_missing_style_card_shows_only_its_own_action_and_the_page_says_on_how_many_results() {
        login("facilitator");

        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");

        var view = _get(TeamFindingsView.class);
        assertThat(view.provenance.getText()).contains("on 7 results of 7 members");
        var noI = cardTitled(view, "Nobody leads with influence (I)");
        var noS = cardTitled(view, "Nobody leads with steadiness (S)");
        assertThat(noI).contains("Win buy-in before you announce").doesNotContain("Give every change an owner");
        assertThat(noS).contains("Give every change an owner").doesNotContain("Win buy-in before you announce");
    }

    private static String cardTitled(TeamFindingsView view, String title) {
        return view.cards.stream()
                .map(c -> c.getElement().getTextRecursively())
                .filter(text -> text.contains(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void evaluating_again_keeps_the_findings_and_records_who_asked() {
        login("facilitator");
        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");
        var view = _get(TeamFindingsView.class);

        view.evaluateAgain.click();

        assertThat(view.provenance.getText()).contains("by facilitator");
        assertThat(view.cards).extracting(c -> c.code).contains("UNIFORM_TASK_DOMINANCE");
    }

    @Test
    void an_executive_cannot_open_a_teams_findings() {
        login("executive");

        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");

        assertThatThrownBy(() -> _get(TeamFindingsView.class)).hasMessageContaining("AccessDeniedException");
    }

    private long teamId(String name) {
        return teams.findAll().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
