package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishing, atomic swaps, bounded evaluation and cleaning up after old rule sets. */
class TeamEvaluatorTest {

    private static final String HEADER =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;
            """;

    /**
     * Never stops on its own: each rule's update of the team re-activates the other (no-loop only
     * keeps a rule from re-triggering itself), all within what the rule policy allows.
     */
    private static final String RUNAWAY = HEADER
            + """

            rule "Count forever"
                no-loop true
            when
                $team : Team( completed >= 0 )
            then
                update( $team );
            end

            rule "Keep counting"
                no-loop true
            when
                $team : Team( completed >= 0 )
            then
                update( $team );
            end
            """;

    private static final String[] RUNAWAY_RULES = {"'Count forever'", "'Keep counting'"};

    private static final String ONE_FINDING = HEADER
            + """

            rule "Always"
            when
                Team( $n : completed )
            then
                insert( Finding.of( "COUNTED", Severity.INFO ).withTitle( "t" ).withExplanation( "e" )
                    .withEvidence( "completed", $n ) );
            end
            """;

    // a server that allows far more than the shipped caps, so parameters.yaml can set the test's own
    private final RulePipeline pipeline = new RulePipeline(new Limits(Integer.MAX_VALUE, 60_000));
    private final TeamEvaluator evaluator = new TeamEvaluator();

    @AfterEach
    void closeEvaluator() {
        evaluator.close();
    }

    @Test
    void a_runaway_rule_hits_the_firing_cap_and_the_error_names_the_rule() {
        evaluator.publish(build(RUNAWAY, "maxRuleFirings: 500\n"));

        Evaluation evaluation = evaluator.evaluate(TeamBuilder.sevenExecutives());

        assertThat(evaluation.succeeded()).isFalse();
        assertThat(evaluation.error()).contains("cap of 500 rule firings").containsAnyOf(RUNAWAY_RULES);
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.rulesFired().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isGreaterThan(400);
    }

    @Test
    void a_runaway_rule_is_halted_at_the_time_limit_and_the_call_returns() {
        evaluator.publish(build(RUNAWAY, "maxRuleFirings: 2000000000\nevaluationTimeLimitMs: 300\n"));

        long start = System.nanoTime();
        Evaluation evaluation = evaluator.evaluate(TeamBuilder.sevenExecutives());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(evaluation.error()).contains("time limit of 300 ms").containsAnyOf(RUNAWAY_RULES);
        assertThat(took).isLessThan(Duration.ofMillis(300 + 1500));
    }

    @Test
    void without_a_published_rule_set_an_evaluation_says_none_is_live() {
        Evaluation evaluation = evaluator.evaluate(TeamBuilder.sevenExecutives());

        assertThat(evaluation.error()).contains("No rule set is live");
        assertThat(evaluator.liveVersion()).isEmpty();
    }

    @Test
    void a_rejected_rule_set_cannot_be_published() {
        BuildReport rejected = pipeline.build(RuleSetSource.of(Map.of("broken.drl", HEADER + "rule \"x\" when")));

        assertThatThrownBy(() -> evaluator.publish(rejected))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.drl");
    }

    @Test
    void publishing_swaps_the_live_rule_set_and_evaluations_name_its_version() {
        BuildReport first = build(ONE_FINDING, "");
        evaluator.publish(first);
        assertThat(evaluator.evaluate(TeamBuilder.sevenExecutives()).ruleSetVersion())
                .isEqualTo(first.version());

        BuildReport second = build(ONE_FINDING.replace("COUNTED", "COUNTED_AGAIN"), "");
        evaluator.publish(second);

        Evaluation evaluation = evaluator.evaluate(TeamBuilder.sevenExecutives());
        assertThat(evaluation.ruleSetVersion()).isEqualTo(second.version());
        assertThat(evaluation.findings()).extracting(f -> f.code()).containsExactly("COUNTED_AGAIN");
        assertThat(first.ruleSet().orElseThrow().isLoaded()).isFalse();
    }

    @Test
    void a_hundred_recompiles_leave_only_the_live_module_in_the_kie_repository() {
        List<RuleSet> published = new ArrayList<>();
        for (int build = 0; build < 100; build++) {
            BuildReport report = build(ONE_FINDING.replace("COUNTED", "COUNTED_" + build), "");
            published.add(report.ruleSet().orElseThrow());
            evaluator.publish(report);
        }

        RuleSet live = published.get(99);
        assertThat(live.isLoaded()).isTrue();
        assertThat(published.subList(0, 99)).noneMatch(RuleSet::isLoaded);
        assertThat(published).extracting(RuleSet::releaseId).doesNotHaveDuplicates();
        evaluator.close();
        assertThat(live.isLoaded()).isFalse();
    }

    @Test
    void evaluations_running_during_swaps_all_complete() throws Exception {
        evaluator.publish(build(ONE_FINDING, ""));
        List<Evaluation> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                seen.add(evaluator.evaluate(TeamBuilder.sevenExecutives()));
            }
        });
        reader.start();
        for (int build = 0; build < 10; build++) {
            evaluator.publish(build(ONE_FINDING.replace("COUNTED", "COUNTED_" + build), ""));
        }
        reader.join(60_000);

        assertThat(seen)
                .hasSize(300)
                .allSatisfy(e -> assertThat(e.succeeded()).as(e.error()).isTrue());
    }

    private BuildReport build(String drl, String parameters) {
        Map<String, String> files = parameters.isEmpty()
                ? Map.of("rules.drl", drl)
                : Map.of("rules.drl", drl, "parameters.yaml", parameters);
        BuildReport report = pipeline.build(RuleSetSource.of(files));
        assertThat(report.ok()).as(report.summary()).isTrue();
        return report;
    }
}
