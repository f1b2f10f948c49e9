package io.blindspot.rules;

import static io.blindspot.rules.TeamBuilder.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.CoachingAction;
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

    @Test
    void each_missing_style_finding_has_its_own_actions_not_every_action_with_its_code() {
        Evaluation evaluation = rules.evaluate(TeamBuilder.sevenExecutives());

        Finding noI = missingStyle(evaluation, "I");
        Finding noS = missingStyle(evaluation, "S");

        assertThat(evaluation.actionsFor(noI))
                .extracting(CoachingAction::action)
                .containsExactly("Win buy-in before you announce, not after.");
        assertThat(evaluation.actionsFor(noS))
                .extracting(CoachingAction::action)
                .containsExactly("Give every change an owner for the follow-through, not only for the launch.");
        assertThat(evaluation.findingsWithActions())
                .allSatisfy(f -> assertThat(f.actions()).isNotEmpty().allSatisfy(a -> assertThat(a.finding())
                        .isSameAs(f.finding())));
    }

    @Test
    void an_isolated_leader_is_not_told_to_make_sure_he_himself_is_heard() {
        TeamInput team = aTeam("Finance leadership")
                .withLeader("f6", 55, 92, 55, 22)
                .withMember("f1", 50, 28, 50, 80)
                .withMember("f2", 48, 25, 52, 78)
                .withMember("f3", 52, 30, 47, 82)
                .withMember("f4", 46, 27, 55, 76)
                .withMember("f5", 55, 24, 49, 79)
                .build();

        Evaluation evaluation = rules.evaluate(team);

        Finding isolated = evaluation.findings("ISOLATED_MEMBER").get(0);
        assertThat(isolated.memberIds()).containsExactly("f6");
        assertThat(evaluation.actionsFor(isolated))
                .extracting(CoachingAction::action)
                .noneMatch(text -> text.contains("is heard"))
                .anyMatch(text -> text.contains("ask for theirs before you give yours"));
        assertThat(evaluation.actionsFor(isolated))
                .extracting(CoachingAction::audience)
                .containsOnly(Audience.LEADER);
    }

    @Test
    void evidence_names_colleagues_by_name_and_styles_in_words() {
        TeamInput team = aTeam("Finance leadership")
                .withLeader("f1", 50, 28, 50, 80)
                .withMember("f2", 48, 25, 52, 78)
                .withMember("f3", 52, 30, 47, 82)
                .withMember("f4", 46, 27, 55, 76)
                .withMember("f6", 85, 92, 20, 22)
                .build();

        Finding isolated = rules.evaluate(team).findings("ISOLATED_MEMBER").get(0);

        assertThat(isolated.evidence().get("nearest colleague").toString()).matches("(Leader|Member) f[1-4]");
        assertThat(isolated.evidence()).containsEntry("style", "Dominance–Influence");
        assertThat(isolated.explanation()).contains("Dominance–Influence style").doesNotContain("(style DI)");
    }

    @Test
    void rules_compare_team_sizes_with_parameters_not_with_numbers() throws Exception {
        try (var files = java.nio.file.Files.list(ShippedRuleSet.directory())) {
            for (var drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(java.nio.file.Files.readString(drl))
                        .as(drl.toString())
                        .doesNotContainPattern("completed\\s*[<>=!]=?\\s*\\d");
            }
        }
    }

    private static Finding missingStyle(Evaluation evaluation, String scale) {
        return evaluation.findings("MISSING_STYLE").stream()
                .filter(f -> scale.equals(f.evidence().get("scale")))
                .findFirst()
                .orElseThrow();
    }
}
