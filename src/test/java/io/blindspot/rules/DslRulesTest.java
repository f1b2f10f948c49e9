package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.engine.dsl.DslExpander;
import io.blindspot.rules.engine.policy.RulePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Business-language rules: the shipped {@code .dslr} files expand with {@code blindspot.dsl} and
 * pass the policy, and every problem in a {@code .dslr} file is reported at its own line.
 */
class DslRulesTest {

    private static final String DSL = "blindspot.dsl";

    private final RulePipeline pipeline = new RulePipeline();

    private static String shippedDsl() throws Exception {
        return Files.readString(ShippedRuleSet.directory().resolve(DSL));
    }

    @Test
    void every_shipped_dslr_expands_line_for_line_and_passes_the_policy() throws Exception {
        var shipped = RuleSetSource.fromDirectory(ShippedRuleSet.directory());
        var dslr = shipped.files().keySet().stream()
                .filter(name -> name.endsWith(".dslr"))
                .toList();
        assertThat(dslr).as("shipped .dslr files").isNotEmpty();

        var expansion = DslExpander.expand(shipped.files());

        assertThat(expansion.problems()).isEmpty();
        for (String name : dslr) {
            String drl = expansion.ruleFiles().get(name);
            assertThat(drl.split("\n", -1))
                    .as(name + " keeps its lines")
                    .hasSameSizeAs(shipped.files().get(name).split("\n", -1));
            assertThat(drl).as(name).contains("insert( Finding.of( \"MISSING_STYLE\", Severity.LOW )");
            var report = new RulePolicy().check(name, drl);
            assertThat(report.all()).as(name + " passes the policy").isEmpty();
        }
    }

    @Test
    void the_shipped_dslr_rules_raise_what_their_drl_did() {
        // the scenarios run in RuleScenariosTest; here the rules themselves are named
        var report = ShippedRuleSet.report();
        assertThat(report.ok()).as(report.summary()).isTrue();
        var evaluation = ShippedRuleSet.ruleSet()
                .evaluate(TeamBuilder.aTeam("no S")
                        .withLeader("l", 80, 70, 20, 40)
                        .withMember("a", 75, 60, 30, 50)
                        .withMember("b", 70, 66, 25, 70)
                        .build());
        var noS = evaluation.findings("MISSING_STYLE").stream()
                .filter(f -> "S".equals(f.evidence().get("scale")))
                .findFirst()
                .orElseThrow();
        assertThat(noS.rule()).isEqualTo("Missing style: nobody high in S");
        assertThat(noS.title()).isEqualTo("Nobody leads with steadiness (S)");
        assertThat(noS.evidence())
                .containsEntry("tends to miss", "follow-through and change fatigue")
                .containsEntry("highest S in the team", 30.0)
                .containsEntry("high means at least", 65.0);
        assertThat(evaluation.actionsFor(noS).stream()
                        .map(a -> a.action() + " | " + a.cadence() + " | " + a.seedIdea()))
                .containsExactly("Give every change an owner for the follow-through, not only for the launch."
                        + " | 30 days after each change"
                        + " | Coaching is an ongoing process, not a conversation now and then");
    }

    @Test
    void a_sentence_the_dsl_does_not_know_is_a_parse_error_at_its_dslr_line() throws Exception {
        String rules = dslr(
                """
                rule "Nobody high in S, misspelt"
                when
                    there is enough sound data
                    nobody is hihg in S
                then
                    flag blind spot MISSING_STYLE with severity LOW titled t
                    - explained as e
                end
                """);

        BuildReport report = build(rules);

        assertThat(report.failedStage()).isEqualTo(Stage.PARSE);
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("mine.dslr");
            assertThat(d.line()).isEqualTo(lineOf(rules, "nobody is hihg in S"));
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.message()).contains("nobody is hihg in S", "the closest is \"nobody is high in {scale}\"");
        });
    }

    @Test
    void a_raw_drl_line_is_refused_at_policy_with_its_line() throws Exception {
        String rules = dslr(
                """
                rule "Passthrough"
                when
                    there is enough sound data
                >   $t : Team( size > 3 )
                then
                    flag blind spot MISSING_STYLE with severity LOW titled t
                    - explained as e
                end
                """);

        BuildReport report = build(rules);

        assertThat(report.failedStage()).isEqualTo(Stage.POLICY);
        assertThat(report.ruleSet()).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(Stage.POLICY);
            assertThat(d.file()).isEqualTo("mine.dslr");
            assertThat(d.line()).isEqualTo(lineOf(rules, "$t : Team"));
            assertThat(d.message()).contains("raw DRL ('>') is not allowed");
        });
    }

    @Test
    void what_a_sentence_expands_to_goes_through_the_policy_and_is_reported_at_the_sentence() throws Exception {
        String dsl = shippedDsl()
                + "\n[then]write the file {name}=java.nio.file.Files.writeString( java.nio.file.Path.of( \"{name}\" ), \"x\" );\n";
        String rules = dslr(
                """
                rule "Sneaky"
                when
                    there is enough sound data
                then
                    write the file /tmp/blindspot-dsl-sentinel
                end
                """);

        BuildReport report = pipeline.build(RuleSetSource.of(Map.of(DSL, dsl, "mine.dslr", rules)));

        assertThat(report.failedStage()).isEqualTo(Stage.POLICY);
        assertThat(report.ruleSet()).isEmpty();
        assertThat(report.errors()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("mine.dslr");
            assertThat(d.line()).isEqualTo(lineOf(rules, "write the file"));
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.message()).contains("expands to");
        });
        assertThat(Path.of("/tmp/blindspot-dsl-sentinel")).doesNotExist();
    }

    @Test
    void a_compile_error_in_an_expansion_points_at_the_dslr_line() throws Exception {
        String rules = dslr(
                """
                rule "Unbound"
                when
                    there is enough sound data
                then
                    flag blind spot MISSING_STYLE with severity LOW titled t
                    - explained as e
                    - with evidence leader: $leaderName
                end
                """);

        BuildReport report = build(rules);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).isNotEmpty().allSatisfy(d -> assertThat(d.file())
                .isEqualTo("mine.dslr"));
        assertThat(report.errors().get(0).line())
                .isBetween(lineOf(rules, "flag blind spot"), lineOf(rules, "$leaderName"));
    }

    @Test
    void continuation_lines_add_constraints_and_builder_calls_on_their_own_lines() throws Exception {
        String rules = dslr(
                """
                rule "Leader"
                when
                    the leader has a sound result
                    - their task focus is high
                    - their relationship focus is low
                then
                    flag blind spot INSPECTION_RISK with severity MEDIUM titled t
                    - explained as e
                    - about the leader
                end
                """);
        var expansion = DslExpander.expand(Map.of(DSL, shippedDsl(), "mine.dslr", rules));

        assertThat(expansion.problems()).isEmpty();
        String[] lines = expansion.ruleFiles().get("mine.dslr").split("\n", -1);
        int leader = lineOf(rules, "the leader has") - 1;
        assertThat(lines[leader])
                .startsWith("    $leader : TeamMember( leader, !lowQuality")
                .doesNotContain(")");
        assertThat(lines[leader + 1]).isEqualTo("    , taskFocus >= params.high");
        assertThat(lines[leader + 2]).isEqualTo("    , relationshipFocus <= params.low )");
        int flag = lineOf(rules, "flag blind spot") - 1;
        assertThat(lines[flag + 2]).isEqualTo("    .withMember( $leader.memberId() ) );");
        assertThat(build(rules).diagnostics()).isEmpty();
    }

    @Test
    void a_malformed_mapping_is_a_parse_error_in_the_dsl_file() throws Exception {
        String dsl = shippedDsl() + "\nnobody cares=Team()\n[when]a {x} b=Team( {y} )\n";
        BuildReport report =
                pipeline.build(RuleSetSource.of(Map.of(DSL, dsl, "mine.dslr", dslr("rule \"x\"\nwhen\nthen\nend\n"))));

        assertThat(report.failedStage()).isEqualTo(Stage.PARSE);
        int lines = shippedDsl().split("\n", -1).length;
        assertThat(report.errors())
                .extracting(Diagnostic::file, Diagnostic::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DSL, lines + 1),
                        org.assertj.core.groups.Tuple.tuple(DSL, lines + 2));
        assertThat(report.errors().get(1).message()).contains("{y}");
    }

    private BuildReport build(String dslr) throws Exception {
        Map<String, String> files = new TreeMap<>();
        files.put(DSL, shippedDsl());
        files.put("mine.dslr", dslr);
        return pipeline.build(RuleSetSource.of(files));
    }

    private static String dslr(String rules) {
        return """
                package blindspot;

                import io.blindspot.rules.facts.*;

                global Parameters params;

                expander blindspot.dsl

                """
                + rules;
    }

    private static int lineOf(String text, String part) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}
