package io.blindspot.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.Application;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import io.blindspot.support.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes on one database, each with its own rules folder and nothing shared but the database.
 * The story of issue 10, replayed: node B starts with one extra rule and stores it; node A, which
 * never changed its folder, is restarted — and must not store its folder again over what was
 * published since. A version published on one node is live on the other within 5 seconds.
 */
abstract class TwoNodesContract {

    static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

    static final String EXTRA_RULE =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;

            rule "Only on node B's folder"
            when
                Team( size < 0 )
            then
                insert( Finding.of( "NEVER", Severity.INFO ).withTitle( "t" ).withExplanation( "e" ) );
            end
            """;

    @TempDir
    Path temp;

    final ObjectMapper json = new ObjectMapper();
    final List<String> timings = new ArrayList<>();

    /** Empties the shared database; both nodes then migrate it as a fresh server would. */
    abstract void emptyDatabase();

    /** The arguments that point a node at the shared database. */
    abstract List<String> databaseArguments();

    abstract String[] profiles();

    @Test
    void an_unchanged_folder_never_reverts_a_newer_version_and_a_publish_is_live_on_the_other_node_within_5_seconds()
            throws Exception {
        emptyDatabase();
        Path shipped = copyOfShippedRules("node-a");
        Path withExtra = copyOfShippedRules("node-b");
        Files.writeString(withExtra.resolve("node-b.drl"), EXTRA_RULE);

        var nodeA = start(shipped);
        try {
            assertThat(live(nodeA)).isEqualTo(1);
            try (var nodeB = start(withExtra)) {
                // node B's folder was never imported: it is stored as version 2 and is live on B ...
                assertThat(live(nodeB)).isEqualTo(2);
                // ... and on A within 5 seconds, with no shared files
                awaitLive(nodeA, 2, "B's folder import reaches A");

                var api = new ApiClient(port(nodeA));
                var published = api.postJson(
                        "/api/v1/rules/publish",
                        "hr",
                        """
                        {"files":[{"name":"node-b.drl","content":null}],"mode":"overlay","baseVersion":2,
                         "comment":"node B's rule is not wanted"}
                        """);
                assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
                assertThat(json.readTree(published.body()).get("version").asInt())
                        .isEqualTo(3);
                awaitLive(nodeB, 3, "a publish on A reaches B");

                // today's revert: A restarts with the folder it always had, which differs from version 3
                nodeA.close();
                nodeA = start(shipped);
                assertThat(live(nodeA))
                        .as("A restarted with an unchanged folder")
                        .isEqualTo(3);
                assertThat(nodeA.getBean(PublishedRuleSetRepository.class).count())
                        .isEqualTo(3);
                Thread.sleep(1500);
                assertThat(live(nodeB)).isEqualTo(3);

                // B restarts too: its folder (version 2's) was imported before, so it stays 3
                nodeB.close();
                try (var nodeB2 = start(withExtra)) {
                    assertThat(live(nodeB2)).isEqualTo(3);
                    assertThat(nodeB2.getBean(PublishedRuleSetRepository.class).count())
                            .isEqualTo(3);
                }
            }
        } finally {
            nodeA.close();
        }
        System.out.println("Two nodes on " + getClass().getSimpleName() + ": " + String.join("; ", timings));
    }

    private void awaitLive(ConfigurableApplicationContext node, int version, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (live(node) != version) {
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as(what + ": version " + version + " live within " + LIVE_WITHIN)
                    .isLessThan(LIVE_WITHIN);
            Thread.sleep(50);
        }
        timings.add(what + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }

    private static int live(ConfigurableApplicationContext node) {
        return node.getBean(RuleBaseService.class).status().liveVersion();
    }

    private ConfigurableApplicationContext start(Path rules) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--blindspot.rules.dir=" + rules,
                "--blindspot.rules.watch=false",
                "--blindspot.demo.enabled=true",
                "--blindspot.rules.evaluate-new-teams-at-start=false"));
        args.addAll(databaseArguments());
        return new SpringApplicationBuilder(Application.class)
                .profiles(profiles())
                .run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private Path copyOfShippedRules(String name) throws IOException {
        Path target = temp.resolve(name);
        FileSystemUtils.copyRecursively(Path.of("rules"), target);
        return target;
    }
}
