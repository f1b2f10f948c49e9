package io.blindspot.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.blindspot.Application;
import io.blindspot.rules.Limits;
import io.blindspot.rules.RuleSetSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.util.FileSystemUtils;

/** {@code rules check DIR}: the pipeline's check on a folder, no server, no database; exit 0, 1 or 2. */
class RulesCommandTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_shipped_rules_would_publish_exit_0_with_a_one_line_summary() {
        int code = run("rules", "check", "rules");
        RuleSetSource shipped = RuleSetSource.fromDirectory(Path.of("rules"));

        assertThat(code).as(stdout() + stderr()).isZero();
        long ruleFiles = shipped.files().keySet().stream()
                .filter(f -> f.endsWith(".drl") || f.endsWith(".dslr"))
                .count();
        assertThat(lines(stdout()))
                .singleElement()
                .asString()
                .startsWith("OK: " + ruleFiles + " rule files, "
                        + shipped.scenarios().size() + " scenarios passed");
    }

    @Test
    void a_refused_file_prints_file_line_column_stage_message_and_exits_1() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(
                rules.resolve("hostile.drl"),
                """
                package blindspot;

                import io.blindspot.rules.facts.*;

                global Parameters params;

                rule "Writes a file"
                when
                    Team()
                then
                    java.nio.file.Files.writeString( java.nio.file.Path.of( "x" ), "y" );
                end
                """);

        int code = run("rules", "check", rules.toString());

        assertThat(code).isEqualTo(1);
        List<String> lines = lines(stdout());
        assertThat(lines.get(0)).matches("hostile\\.drl:11:\\d+: POLICY: .+");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("REJECTED at POLICY:")
                .endsWith("would not publish.");
    }

    @Test
    void a_failing_scenario_is_named_with_its_file_and_the_step() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(
                rules.resolve("scenarios/impossible.yaml"),
                """
                name: Expects the impossible
                team:
                  members:
                    - { id: a, name: A, role: LEADER, D: 50, I: 50, S: 50, C: 50 }
                    - { id: b, name: B, role: MEMBER, D: 52, I: 48, S: 50, C: 50 }
                    - { id: c, name: C, role: MEMBER, D: 48, I: 52, S: 50, C: 50 }
                expect:
                  - code: NO_SUCH_FINDING
                """);

        int code = run("rules", "check", rules.toString());

        assertThat(code).isEqualTo(1);
        assertThat(stdout())
                .contains("scenarios/impossible.yaml:0:0: SCENARIO: Expects the impossible: expected NO_SUCH_FINDING");
        assertThat(lines(stdout()).get(lines(stdout()).size() - 1)).startsWith("REJECTED at SCENARIO:");
    }

    @Test
    void a_parameter_above_the_servers_limit_is_refused_with_its_line() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(rules.resolve("parameters.yaml"), "maxRuleFirings: 5000\n");

        int code =
                RulesCommand.check(rules, new Limits(1000, 2000), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(stdout())
                .contains("parameters.yaml:1:1: PARSE: [maxRuleFirings] may only lower the server's limit of 1000");
    }

    // As after a closed Spring context (an export): logging is no longer marked initialised, so a
    // check used to switch on Spring Boot's suppress-all filter and silence the whole JVM's log.
    @Test
    void a_check_leaves_the_jvms_error_log_working() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.removeObject(LoggingSystem.class.getName());
        var logger = (Logger) LoggerFactory.getLogger("io.blindspot.rules.cli.after-check");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            assertThat(run("rules", "check", "rules")).as(stdout() + stderr()).isZero();

            logger.error("still logged after a check");

            assertThat(appender.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("still logged after a check");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void usage_errors_exit_2_and_say_how_to_call_it() {
        assertThat(run("rules")).isEqualTo(2);
        assertThat(run("rules", "lint", "rules")).isEqualTo(2);
        assertThat(run("rules", "check", temp.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr()).contains("is not a directory", "Usage: java -jar blindspot.jar rules check DIR");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void the_limits_come_from_the_servers_environment_variables() {
        assertThat(RulesCommand.limits(java.util.Map.of())).isEqualTo(Limits.DEFAULTS);
        assertThat(RulesCommand.limits(java.util.Map.of(
                        "BLINDSPOT_RULES_MAX_RULE_FIRINGS", "50", "BLINDSPOT_RULES_EVALUATION_TIME_LIMIT_MS", "70")))
                .isEqualTo(new Limits(50, 70));
    }

    private int run(String... args) {
        return RulesCommand.run(
                Application.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private Path copyOfShippedRules() throws IOException {
        Path target = temp.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), target);
        return target;
    }
}
