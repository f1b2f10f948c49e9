package io.blindspot.rules;

import static io.blindspot.rules.TeamBuilder.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped rules on the seed's case and its opposite, asserting results and which rules fired. */
class ShippedRulesTest {

    private static final Set<String> COMPOSITION_CODES = Set.of(
            "UNIFORM_TASK_DOMINANCE", "HOMOGENEOUS_TEAM", "MISSING_STYLE", "DOMINANCE_OVERLOAD", "ISOLATED_MEMBER");

    private final RuleSet rules = ShippedRuleSet.ruleSet();

    @Test
    void the_seeds_seven_executives_raise_uniform_task_dominance_naming_all_seven() {
        Evaluation evaluation = rules.evaluate(TeamBuilder.sevenExecutives());

        assertThat(evaluation.succeeded()).as(evaluation.error()).isTrue();
        Finding finding = evaluation.findings().get(0);
        assertThat(finding.code()).isEqualTo("UNIFORM_TASK_DOMINANCE");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.memberIds()).containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7");
        assertThat(finding.rule()).isEqualTo("Uniform task dominance");
        assertThat(finding.evidence())
                .containsEntry("members in the pattern", 7L)
                .containsEntry("share in the pattern (%)", 100L);
        assertThat(finding.explanation()).contains("7 of 7").contains("Does this match your experience?");
    }

    @Test
    void the_seeds_seven_executives_get_coaching_actions_for_team_and_leader() {
        Evaluation evaluation = rules.evaluate(TeamBuilder.sevenExecutives());

        assertThat(evaluation.actions("UNIFORM_TASK_DOMINANCE"))
                .extracting(a -> a.audience())
                .contains(Audience.TEAM, Audience.LEADER);
        assertThat(evaluation.actions("UNIFORM_TASK_DOMINANCE"))
                .allSatisfy(a -> assertThat(a.firstStep()).isNotBlank())
                .anySatisfy(a -> assertThat(a.action()).containsIgnoringCase("peak performers"));
        assertThat(evaluation.actions("INSPECTION_RISK"))
                .allSatisfy(a -> assertThat(a.memberId()).isEqualTo("e1"));
    }

    @Test
    void the_seeds_seven_executives_fire_exactly_the_expected_rules() {
        Evaluation evaluation = rules.evaluate(TeamBuilder.sevenExecutives());

        assertThat(evaluation.rulesFired())
                .containsEntry("Uniform task dominance", 1)
                .containsEntry("Leader inspects rather than coaches", 1)
                .containsEntry("Missing style: nobody high in S", 1)
                .containsEntry("Missing style: nobody high in I", 1)
                .containsEntry("Coach: retention check with peak performers", 1)
                .doesNotContainKeys("Homogeneous team", "Dominance overload", "Isolated member")
                .doesNotContainKeys("Too few completed results", "Too many low-quality results");
    }

    @Test
    void a_balanced_team_raises_no_composition_finding() {
        TeamInput balanced = aTeam("Balanced")
                .withLeader("b1", 72, 50, 45, 40)
                .withMember("b2", 70, 68, 30, 35)
                .withMember("b3", 45, 74, 48, 30)
                .withMember("b4", 30, 68, 70, 38)
                .withMember("b5", 32, 48, 74, 50)
                .withMember("b6", 30, 35, 70, 68)
                .withMember("b7", 45, 30, 50, 75)
                .withMember("b8", 68, 32, 36, 70)
                .build();

        Evaluation evaluation = rules.evaluate(balanced);

        assertThat(evaluation.succeeded()).isTrue();
        assertThat(evaluation.findings()).extracting(Finding::code).doesNotContainAnyElementsOf(COMPOSITION_CODES);
        assertThat(evaluation.rulesFired()).isEmpty();
    }

    @Test
    void too_few_results_say_so_and_raise_no_composition_finding() {
        TeamInput twoOfSix = aTeam("New team")
                .withLeader("n1", 88, 38, 18, 62)
                .withMember("n2", 82, 42, 22, 55)
                .ofSize(6)
                .build();

        Evaluation evaluation = rules.evaluate(twoOfSix);

        assertThat(evaluation.findings()).extracting(Finding::code).containsExactly("INSUFFICIENT_DATA");
        assertThat(evaluation.actions("INSUFFICIENT_DATA")).isNotEmpty();
    }

    @Test
    void findings_come_ordered_by_severity() {
        List<Severity> severities = rules.evaluate(TeamBuilder.sevenExecutives()).findings().stream()
                .map(Finding::severity)
                .toList();

        assertThat(severities).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }
}
