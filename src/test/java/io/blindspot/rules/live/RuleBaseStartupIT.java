package io.blindspot.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import io.blindspot.support.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/** What happens to the live rule base when the rule files on disk change between starts. */
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class RuleBaseStartupIT {

    @TempDir
    Path temp;

    final String database = "jdbc:h2:file:./target/it-rules-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";

    @Test
    void a_broken_rule_file_at_start_up_leaves_the_last_good_version_live_and_says_where(CapturedOutput log)
            throws Exception {
        Path good = copyOfShippedRules("good");
        try (var first = start(good)) {
            assertThat(first.getBean(RuleBaseService.class).status().liveVersion())
                    .isEqualTo(1);
        }
        Path broken = copyOfShippedRules("broken");
        breakLine(broken.resolve("team-composition.drl"), "\nwhen\n", "\nwhen\n    Team( size >>> 3 )\n");

        try (var second = start(broken)) {
            var status = second.getBean(RuleBaseService.class).status();
            assertThat(status.available()).isTrue();
            assertThat(status.liveVersion()).isEqualTo(1);
            assertThat(status.rejection().errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.file()).isEqualTo("team-composition.drl");
                assertThat(error.line()).isPositive();
            });
            assertThat(status.rejection().errors())
                    .anySatisfy(error -> assertThat(error.column()).isPositive());
            assertThat(second.getBean(PublishedRuleSetRepository.class).count()).isEqualTo(1);
            var api = new ApiClient(port(second));
            assertThat(api.postJson("/api/v1/evaluations", "hr", SEED_PAIR).statusCode())
                    .isEqualTo(200);
        }
        assertThat(log.getOut()).contains("was rejected and did not go live", "team-composition.drl:");
    }

    @Test
    void a_changed_valid_rule_set_is_stored_as_the_next_version_and_goes_live() throws Exception {
        Path rules = copyOfShippedRules("v1");
        try (var first = start(rules)) {
            assertThat(first.getBean(RuleBaseService.class).status().liveVersion())
                    .isEqualTo(1);
        }
        Files.writeString(
                rules.resolve("parameters.yaml"),
                Files.readString(rules.resolve("parameters.yaml")) + "\n# tuned by HR\n");

        try (var second = start(rules)) {
            assertThat(second.getBean(RuleBaseService.class).status().liveVersion())
                    .isEqualTo(2);
            var latest = second.getBean(PublishedRuleSetRepository.class)
                    .findFirstByOrderByVersionDesc()
                    .orElseThrow();
            assertThat(latest.getAuthor()).isEqualTo("file system");
            assertThat(latest.getSource()).isEqualTo("FILE_SYSTEM");
        }
    }

    @Test
    void with_no_good_version_at_all_the_app_starts_and_evaluations_answer_503_with_the_reason() throws Exception {
        Path broken = copyOfShippedRules("only-broken");
        breakLine(broken.resolve("leader.drl"), "\nwhen\n", "\nwhen\n    Team( size >>> 3 )\n");

        try (var context = start(broken)) {
            var status = context.getBean(RuleBaseService.class).status();
            assertThat(status.available()).isFalse();
            assertThat(status.unavailableReason()).contains("No good rule set");

            var api = new ApiClient(port(context));
            var response = api.postJson("/api/v1/evaluations", "hr", SEED_PAIR);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("No good rule set");
            var health = api.get("/actuator/health", "admin");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("ruleEngine", "No good rule set");
        }
    }

    static final String SEED_PAIR =
            """
            {"team":"pair","members":[
              {"id":"a","role":"LEADER","scores":{"D":80,"I":30,"S":20,"C":70}},
              {"id":"b","scores":{"D":40,"I":70,"S":60,"C":30}}]}
            """;

    private ConfigurableApplicationContext start(Path rules) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--blindspot.rules.dir=" + rules,
                        "--management.endpoint.health.show-details=always");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private Path copyOfShippedRules(String name) throws IOException {
        Path target = temp.resolve(name);
        FileSystemUtils.copyRecursively(Path.of("rules"), target);
        return target;
    }

    private static void breakLine(Path file, String marker, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(marker, replacement));
    }
}
