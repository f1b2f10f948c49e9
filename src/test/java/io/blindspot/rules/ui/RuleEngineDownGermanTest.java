package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.support.KaribuTest;
import io.blindspot.team.TeamRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Why no rule set is live, told to a German reader: the application starts with only a broken rule
 * file and nothing stored, on its own database, so the engine is down for every page.
 */
@DirtiesContext
class RuleEngineDownGermanTest extends KaribuTest {

    private static final String NO_GOOD_RULE_SET = "Es gibt kein funktionierendes Regelwerk: Die Regeldateien wurden"
            + " abgelehnt (siehe die aufgeführten Probleme), und es ist keine frühere Version gespeichert.";

    @Autowired
    TeamRepository teams;

    @Autowired
    RuleBaseService ruleBase;

    @DynamicPropertySource
    static void brokenRulesOnly(DynamicPropertyRegistry properties) throws IOException {
        Path rules = Files.createTempDirectory("broken-rules");
        Files.writeString(
                rules.resolve("leader.drl"),
                "package rules\n\nrule \"broken\"\nwhen\n    Team( size >>> 3 )\nthen\nend\n");
        properties.add("blindspot.rules.dir", rules::toString);
        properties.add(
                "spring.datasource.url",
                () ->
                        "jdbc:h2:mem:rules-down;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
    }

    @Test
    void the_findings_page_says_in_german_why_the_rule_engine_is_unavailable() {
        assertThat(ruleBase.status().available()).isFalse();
        login("facilitator");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("teams/" + teamId("Sales leadership") + "/findings");

        var text = _get(TeamFindingsView.class).getElement().getTextRecursively();
        assertThat(text).contains("Noch keine Auswertung", "Die Regel-Engine ist nicht verfügbar: " + NO_GOOD_RULE_SET);
        assertThat(ruleBase.status().unavailableReason()).startsWith("No good rule set exists");
    }

    @Test
    void the_rule_sets_page_and_the_home_page_say_in_german_that_no_rule_set_is_live() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("rules");
        assertThat(_get(RuleSetsView.class).engineState.getText())
                .isEqualTo("Kein Regelwerk ist live: " + NO_GOOD_RULE_SET);

        UI.getCurrent().navigate("");
        assertThat(_get(RulesHomeSection.class).liveVersion.getText())
                .isEqualTo("Kein Regelwerk ist live: " + NO_GOOD_RULE_SET);
    }

    private long teamId(String name) {
        return teams.findAll().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
