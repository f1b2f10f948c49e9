package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline rejects broken rule sets and says where each problem is. */
class RulePipelineTest {

    private static final String HEADER =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;
            """;

    private static final String GOOD_RULE = HEADER
            + """

            rule "Nobody high in S"
            when
                Team( s.highCount == 0 )
            then
                insert( Finding.of( "MISSING_STYLE", Severity.LOW ).withTitle( "t" ).withExplanation( "e" ) );
            end

            rule "Coach: no S"
            when
                $f : Finding( code == "MISSING_STYLE" )
            then
                insert( CoachingAction.forTeam( $f ).withAction( "a" ).withFirstStep( "f" ) );
            end
            """;

    private final RulePipeline pipeline = new RulePipeline();

    @Test
    void a_drl_syntax_error_is_reported_with_file_line_and_column() {
        String broken = HEADER
                + """

                rule "Broken"
                when
                    Team( completed >= , size > 2 )
                then
                end
                """;

        BuildReport report = pipeline.build(RuleSetSource.of(Map.of("broken.drl", broken)));

        assertThat(report.ok()).isFalse();
        assertThat(report.ruleSet()).isEmpty();
        Diagnostic first = report.errors().get(0);
        assertThat(first.file()).isEqualTo("broken.drl");
        assertThat(first.line()).isEqualTo(9);
        // "    Team( completed >= , size": the stray comma is the 24th character of the line
        assertThat(first.column()).isEqualTo(24);
        assertThat(first.severity()).isEqualTo("ERROR");
        assertThat(first.toString()).startsWith("broken.drl:9:24: PARSE: ");
    }

    @Test
    void an_unknown_field_in_a_condition_points_at_the_expression() {
        String unknownField = HEADER
                + """

                rule "Unknown field"
                when
                    Team( nonsense > 3 )
                then
                end
                """;

        BuildReport report = pipeline.build(RuleSetSource.of(Map.of("unknown.drl", unknownField)));

        assertThat(report.errors()).isNotEmpty().allSatisfy(d -> assertThat(d.file())
                .isEqualTo("unknown.drl"));
        Diagnostic first = report.errors().get(0);
        assertThat(first.line()).isEqualTo(9);
        assertThat(first.column()).isEqualTo(11);
        assertThat(first.message()).contains("nonsense");
    }

    @Test
    void a_rule_set_whose_scenario_fails_is_rejected() {
        Map<String, String> files = new HashMap<>();
        files.put("rules.drl", GOOD_RULE);
        files.put(
                "scenarios/wrong.yaml",
                """
                name: expects something the rules never raise
                team:
                  members:
                    - { id: a, role: LEADER, D: 70, I: 20, S: 70, C: 20 }
                    - { id: b, role: MEMBER, D: 70, I: 20, S: 70, C: 20 }
                    - { id: c, role: MEMBER, D: 70, I: 20, S: 70, C: 20 }
                expect:
                  - code: MISSING_STYLE
                """);

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).isEmpty();
        assertThat(report.failedScenarios())
                .singleElement()
                .satisfies(s -> assertThat(s.failures().get(0)).contains("expected MISSING_STYLE"));
    }

    @Test
    void a_passing_rule_set_comes_with_a_rule_set_and_its_content_hash() {
        RuleSetSource source = RuleSetSource.of(Map.of("rules.drl", GOOD_RULE));

        BuildReport report = pipeline.build(source);

        assertThat(report.ok()).as(report.summary()).isTrue();
        assertThat(report.version()).isEqualTo(source.contentHash()).hasSize(64);
        report.ruleSet().orElseThrow().close();
    }

    @Test
    void a_misspelt_parameter_is_an_error_naming_the_key() {
        Map<String, String> files = Map.of("rules.drl", GOOD_RULE, "parameters.yaml", "high: 65\nhihg: 70\n");

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("parameters.yaml");
            assertThat(d.field()).isEqualTo("hihg");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(1);
        });
    }

    @Test
    void a_parameter_out_of_range_is_an_error_naming_the_key() {
        Map<String, String> files = Map.of("rules.drl", GOOD_RULE, "parameters.yaml", "uniformityShare: 1.5\n");

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.errors()).singleElement().satisfies(d -> assertThat(d.field())
                .isEqualTo("uniformityShare"));
    }

    @Test
    void a_rule_set_without_rules_is_rejected() {
        BuildReport report = pipeline.build(RuleSetSource.of(Map.of("parameters.yaml", "high: 65\n")));

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(Diagnostic::message).contains("the rule set has no .drl or .dslr file");
    }

    @Test
    void an_unreadable_scenario_stops_the_build_at_parse_naming_file_and_field() {
        Map<String, String> files = Map.of(
                "rules.drl",
                GOOD_RULE,
                "scenarios/typo.yaml",
                "team:\n  members:\n    - { id: a, role: LEADER, D: 70, I: 20, S: 70, C: lots }\n");

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.ok()).isFalse();
        assertThat(report.failedStage()).isEqualTo(Stage.PARSE);
        assertThat(report.scenarios()).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("scenarios/typo.yaml");
            assertThat(d.field()).isEqualTo("team.members[0].C");
            assertThat(d.stage()).isEqualTo(Stage.PARSE);
        });
    }

    @Test
    void a_rule_set_is_read_from_a_directory_with_only_rule_set_files(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("rules.drl"), GOOD_RULE);
        Files.writeString(dir.resolve("README.md"), "not part of the rule set");
        Files.writeString(dir.resolve("scenarios/none.yaml"), "team:\n  members: []\n  size: 1\n");

        RuleSetSource source = RuleSetSource.fromDirectory(dir);

        assertThat(source.files()).containsOnlyKeys("rules.drl", "scenarios/none.yaml");
        assertThat(source.contentHash())
                .isEqualTo(RuleSetSource.of(source.files()).contentHash());
    }

    @Test
    void each_diagnostic_names_the_step_that_found_it_and_the_build_stops_at_the_first_failing_step() {
        String refused = HEADER
                + """

                rule "Reads the clock"
                when
                    Team( size > 2 )
                then
                    System.exit( 1 );
                end
                """;
        Map<String, String> files = Map.of("rules.drl", GOOD_RULE, "clock.drl", refused);

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.failedStage()).isEqualTo(Stage.POLICY);
        assertThat(report.errors()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.stage()).isEqualTo(Stage.POLICY);
            assertThat(d.file()).isEqualTo("clock.drl");
            assertThat(d.line()).isEqualTo(11);
        });
        assertThat(report.errors().get(0).toString()).startsWith("clock.drl:11:5: POLICY: ");
        assertThat(report.errors().get(0).toString()).contains(": POLICY: ");
        assertThat(report.timings()).containsKeys(Stage.PARSE, Stage.POLICY).doesNotContainKey(Stage.COMPILE);
        assertThat(report.scenarios()).isEmpty();
    }

    @Test
    void a_passing_build_times_every_step_it_ran() {
        BuildReport report = pipeline.build(RuleSetSource.of(Map.of("rules.drl", GOOD_RULE)));

        assertThat(report.failedStage()).isNull();
        assertThat(report.timings()).containsKeys(Stage.PARSE, Stage.POLICY, Stage.COMPILE, Stage.SCENARIO);
        report.ruleSet().orElseThrow().close();
    }

    @Test
    void parameters_may_lower_the_servers_limits_but_not_raise_them() {
        RulePipeline server = new RulePipeline(new Limits(500, 1000));

        BuildReport raised = server.build(RuleSetSource.of(Map.of(
                "rules.drl", GOOD_RULE, "parameters.yaml", "maxRuleFirings: 501\nevaluationTimeLimitMs: 1001\n")));
        BuildReport lowered = server.build(RuleSetSource.of(Map.of(
                "rules.drl", GOOD_RULE, "parameters.yaml", "maxRuleFirings: 200\nevaluationTimeLimitMs: 300\n")));
        BuildReport unset = server.build(RuleSetSource.of(Map.of("rules.drl", GOOD_RULE)));

        assertThat(raised.failedStage()).isEqualTo(Stage.PARSE);
        assertThat(raised.errors())
                .extracting(Diagnostic::field)
                .containsExactly("maxRuleFirings", "evaluationTimeLimitMs");
        assertThat(raised.errors().get(0).message()).contains("500", "blindspot.rules.max-rule-firings", "501");
        assertThat(raised.errors()).extracting(Diagnostic::line).containsExactly(1, 2);
        var low = lowered.ruleSet().orElseThrow();
        assertThat(low.parameters().maxRuleFirings()).isEqualTo(200);
        assertThat(low.parameters().evaluationTimeLimitMs()).isEqualTo(300);
        var fromServer = unset.ruleSet().orElseThrow();
        assertThat(fromServer.parameters().maxRuleFirings()).isEqualTo(500);
        assertThat(fromServer.parameters().evaluationTimeLimitMs()).isEqualTo(1000);
        low.close();
        fromServer.close();
    }
}
