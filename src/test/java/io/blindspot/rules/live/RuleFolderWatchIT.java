package io.blindspot.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import io.blindspot.rules.cli.RulesCommandAccess;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded mode watches its rules folder: a saved change goes through the pipeline and its
 * result (a new version, or the problems) is live and in the log within 2 seconds; a rejected change
 * never replaces the live version. Then {@code rules export} writes the live version back as files.
 */
@ExtendWith(OutputCaptureExtension.class)
class RuleFolderWatchIT {

    static final Duration WITHIN = Duration.ofSeconds(2);
    static final Duration COLD = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    final String database = "jdbc:h2:file:./target/it-watch-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";

    @Test
    void a_saved_change_is_published_or_refused_within_2_seconds_and_export_writes_the_live_version(CapturedOutput log)
            throws Exception {
        Path rules = temp.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        try (var node = start(rules)) {
            var ruleBase = node.getBean(RuleBaseService.class);
            assertThat(ruleBase.status().liveVersion()).isEqualTo(1);

            // the first build after start-up is still cold (seconds, docs/performance.md) ...
            append(rules.resolve("parameters.yaml"), "\n# first change\n");
            within(COLD, () -> ruleBase.status().liveVersion() == 2, "the first saved change is live");
            // ... from then on a saved change is live and logged within 2 seconds
            append(rules.resolve("parameters.yaml"), "\n# tuned by HR\n");
            within(
                    WITHIN,
                    () -> ruleBase.status().liveVersion() == 3 && log.getOut().contains("Rule set version 3 is live"),
                    "the saved change is live and logged");

            Path leader = rules.resolve("leader.drl");
            String good = Files.readString(leader);
            Files.writeString(leader, good.replaceFirst("\nwhen\n", "\nwhen\n    Team( size >>> 3 )\n"));
            within(WITHIN, () -> ruleBase.status().rejection() != null, "the refusal is shown");
            var rejection = ruleBase.status().rejection();
            assertThat(rejection.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.file())
                    .isEqualTo("leader.drl"));
            assertThat(ruleBase.status().liveVersion()).isEqualTo(3);
            assertThat(ruleBase.status().available()).isTrue();
            assertThat(log.getOut()).contains("was rejected and did not go live", "leader.drl:");
            assertThat(node.getBean(PublishedRuleSetRepository.class).count()).isEqualTo(3);

            Files.writeString(leader, good);
            within(WITHIN, () -> ruleBase.status().rejection() == null, "the fixed folder answers the refusal");
            assertThat(ruleBase.status().liveVersion()).isEqualTo(3);
        }

        Path exported = temp.resolve("exported");
        Files.createDirectories(exported.resolve("scenarios"));
        Files.writeString(exported.resolve("README.md"), "kept");
        Files.writeString(exported.resolve("stale.drl"), "removed");
        int code = RulesCommandAccess.export(
                Application.class, exported, "--spring.profiles.active=test", "--spring.datasource.url=" + database);

        assertThat(code).isZero();
        assertThat(exported.resolve("stale.drl")).doesNotExist();
        assertThat(exported.resolve("README.md")).hasContent("kept");
        assertThat(Files.readString(exported.resolve("parameters.yaml"))).contains("# tuned by HR");
        assertThat(Files.readString(exported.resolve("leader.drl")))
                .isEqualTo(Files.readString(rules.resolve("leader.drl")));
        assertThat(exported.resolve("scenarios/seed-seven-executives.yaml")).exists();
    }

    private static void within(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as(what + " within " + limit)
                    .isLessThan(limit);
            Thread.sleep(25);
        }
        System.out.println("Folder watch: " + what + " after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private ConfigurableApplicationContext start(Path rules) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--blindspot.rules.dir=" + rules,
                        "--blindspot.rules.watch=true",
                        "--blindspot.rules.evaluate-new-teams-at-start=false");
    }
}
