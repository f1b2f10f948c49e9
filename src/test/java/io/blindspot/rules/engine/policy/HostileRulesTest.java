package io.blindspot.rules.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.engine.CompileMessage;
import io.blindspot.rules.engine.RuleCompiler;
import io.blindspot.rules.engine.SessionOutcome;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.TeamFacts;
import io.blindspot.rules.facts.TeamMember;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus: rule files that each try a different way to run code on the server, here to
 * create a sentinel file. Each must be refused at the policy step of the real pipeline, next to the
 * shipped rules and scenarios, with the sentinel never appearing; and each must really create the
 * sentinel when compiled and fired without the policy, or it would prove nothing.
 */
class HostileRulesTest {

    private final RulePipeline pipeline = new RulePipeline();

    static Stream<String> hostileFiles() {
        return Corpus.drlFiles(Corpus.HOSTILE);
    }

    @Test
    void the_corpus_holds_at_least_twenty_attacks() {
        assertThat(hostileFiles()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void is_refused_at_the_policy_step_of_the_pipeline_and_never_runs(String name, @TempDir Path dir) {
        Path sentinel = dir.resolve("sentinel");
        String hostile = Corpus.armed(name, sentinel);
        Map<String, String> files =
                new HashMap<>(RuleSetSource.fromDirectory(Corpus.SHIPPED).files());
        files.put(name, hostile);

        BuildReport report = pipeline.build(RuleSetSource.of(files));

        assertThat(report.ok()).isFalse();
        assertThat(report.ruleSet()).isEmpty();
        // the shipped scenarios never ran: the build stopped before compiling
        assertThat(report.scenarios()).isEmpty();
        List<String> policyMessages = new RulePolicy()
                .check(name, hostile).all().stream()
                        .map(PolicyViolation::message)
                        .toList();
        assertThat(report.errors()).extracting(Diagnostic::message).containsExactlyElementsOf(policyMessages);
        assertThat(report.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo(name));
        assertThat(report.errors())
                .as("a violation on the attack's line")
                .extracting(Diagnostic::line)
                .containsAnyElementsOf(Corpus.markedLines(hostile));
        assertThat(sentinel).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void creates_the_sentinel_when_compiled_and_fired_without_the_policy(String name, @TempDir Path dir) {
        Path sentinel = dir.resolve("sentinel");
        RuleCompiler.Compilation compilation =
                new RuleCompiler().compile(Map.of(name, Corpus.armed(name, sentinel)), "hostile");
        assertThat(compilation.succeeded())
                .as(
                        "compiles: %s",
                        compilation.messages().stream()
                                .filter(CompileMessage::isError)
                                .toList())
                .isTrue();

        try {
            SessionOutcome outcome = compilation.ruleBase().evaluate(threeMembers(), Parameters.DEFAULTS);
            assertThat(outcome.error()).isNull();
        } finally {
            compilation.ruleBase().close();
        }

        assertThat(sentinel).exists();
    }

    private static TeamFacts threeMembers() {
        return TeamFacts.of(
                "t1",
                "Sales leadership",
                3,
                List.of(
                        TeamMember.of("e1", "Ada", "LEADER", 80, 20, 20, 60, Set.of()),
                        TeamMember.of("e2", "Ben", "MEMBER", 70, 30, 30, 50, Set.of()),
                        TeamMember.of("e3", "Cy", "MEMBER", 20, 70, 80, 20, Set.of())),
                Parameters.DEFAULTS);
    }
}
