package io.blindspot.rules.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSet;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.team.TeamRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What rules may do still works: every shipped rule file passes the policy, and the legal corpus —
 * files that together use every allowed construct — passes, compiles through the pipeline and fires
 * with the results its rules describe. A policy that refuses everything would fail here.
 */
class LegalRulesTest {

    /** Four results in a team of five: three high in D and task-focused, one leaning to people. */
    private static final TeamInput TEAM = new TeamInput(
            null,
            "Regional directors",
            5,
            List.of(
                    MemberInput.of("e1", "Ada", TeamRole.LEADER, 80, 20, 20, 70),
                    MemberInput.of("e2", "Ben", TeamRole.MEMBER, 75, 30, 25, 60),
                    MemberInput.of("e3", "Cy", TeamRole.MEMBER, 70, 40, 30, 50),
                    MemberInput.of("e4", "Di", TeamRole.MEMBER, 20, 80, 75, 30)));

    private final RulePolicy policy = new RulePolicy();

    static Stream<String> legalFiles() {
        return Corpus.drlFiles(Corpus.LEGAL);
    }

    static Stream<String> shippedFiles() {
        return Corpus.drlFiles(Corpus.SHIPPED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void every_shipped_rule_file_passes_the_policy(String name) {
        PolicyReport report = policy.check(name, Corpus.read(Corpus.SHIPPED, name));

        assertThat(report.all()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalFiles")
    void every_legal_file_passes_the_policy(String name) {
        assertThat(policy.check(name, Corpus.read(Corpus.LEGAL, name)).all()).isEmpty();
    }

    @Test
    void accumulate_counts_sums_takes_min_max_and_average_and_collects_ids() {
        Evaluation evaluation = evaluate("aggregates.drl");

        Finding finding = only(evaluation, "LEGAL_AGGREGATES");
        assertThat(finding.memberIds()).containsExactly("e1", "e2", "e3");
        assertThat(finding.title()).isEqualTo("3 members high in D");
        assertThat(number(finding, "count")).isEqualTo(3);
        assertThat(number(finding, "sum")).isEqualTo(225);
        assertThat(number(finding, "min")).isEqualTo(70);
        assertThat(number(finding, "max")).isEqualTo(80);
        assertThat(number(finding, "average")).isEqualTo(75);
    }

    @Test
    void from_reads_a_property_and_a_getter_of_a_bound_fact() {
        Evaluation evaluation = evaluate("from-a-property.drl");

        assertThat(number(only(evaluation, "LEGAL_FROM_PROPERTY"), "highest S")).isEqualTo(75);
        only(evaluation, "LEGAL_FROM_GETTER");
    }

    @Test
    void not_exists_forall_or_comparisons_and_arithmetic_match_as_written() {
        Evaluation evaluation = evaluate("conditions.drl");

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("LEGAL_NOT_EXISTS", "LEGAL_FORALL", "LEGAL_OR");
    }

    @Test
    void consequences_use_every_builder_text_getters_params_and_casts() {
        Evaluation evaluation = evaluate("consequences.drl");

        Finding finding = only(evaluation, "LEGAL_BUILDERS");
        assertThat(finding.title()).isEqualTo("Led by Ada");
        assertThat(finding.explanation()).isEqualTo("Ada leads 4 of 5 members, with a task focus of 75.");
        assertThat(finding.memberIds()).containsExactly("e1");
        assertThat(finding.evidence())
                .containsEntry("scale", "D")
                .containsEntry("share high in D (%)", 75L)
                .containsEntry("members with style D", 1)
                .containsEntry("high means at least", 65.0)
                .containsEntry("team size", "large");
        assertThat(only(evaluation, "LEGAL_MEMBERS").memberIds()).containsExactly("e1", "e2", "e3");
        assertThat(evaluation.actions())
                .extracting(CoachingAction::audience, CoachingAction::memberId, CoachingAction::action)
                .containsExactlyInAnyOrder(
                        tuple(Audience.TEAM, null, "Team action on LEGAL_BUILDERS"),
                        tuple(Audience.LEADER, "e1", "Look again at scale D"),
                        tuple(Audience.MEMBER, "e4", "One of 1 named"));
        assertThat(evaluation.actions())
                .filteredOn(a -> a.audience() == Audience.TEAM)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.firstStep()).isEqualTo("First step");
                    assertThat(a.cadence()).isEqualTo("Weekly");
                    assertThat(a.seedIdea()).isEqualTo("Inspection is not coaching");
                });
    }

    @Test
    void update_re_triggers_other_rules_modify_runs_and_a_disabled_rule_stays_quiet() {
        Evaluation evaluation = evaluate("update-and-modify.drl");

        assertThat(evaluation.succeeded()).as(evaluation.error()).isTrue();
        // seen once before the update and once after it
        assertThat(evaluation.rulesFired())
                .containsEntry("Legal: see the team", 2)
                .containsEntry("Legal: update the team", 1)
                .containsEntry("Legal: modify the finding", 2)
                .doesNotContainKey("Legal: switched off");
        assertThat(evaluation.findings()).extracting(Finding::code).containsExactly("LEGAL_SEEN", "LEGAL_SEEN");
    }

    private static Evaluation evaluate(String name) {
        BuildReport report = new RulePipeline().build(RuleSetSource.of(Map.of(name, Corpus.read(Corpus.LEGAL, name))));
        assertThat(report.ok()).as(report.summary()).isTrue();
        try (RuleSet ruleSet = report.ruleSet().orElseThrow()) {
            Evaluation evaluation = ruleSet.evaluate(TEAM);
            assertThat(evaluation.error()).isNull();
            return evaluation;
        }
    }

    private static Finding only(Evaluation evaluation, String code) {
        return evaluation.findings().stream()
                .filter(f -> f.code().equals(code))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + code);
                })
                .orElseThrow(() -> new AssertionError("no " + code + " in " + evaluation.findings()));
    }

    private static double number(Finding finding, String evidence) {
        assertThat(finding.evidence()).containsKey(evidence);
        return ((Number) finding.evidence().get(evidence)).doubleValue();
    }
}
