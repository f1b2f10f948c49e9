package io.blindspot.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.support.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules API over real HTTP on its own database: check, publish, conflict, rollback, versions,
 * diff, export, the size limits, 403 for everyone but HR and ADMIN, and the audit rows.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-rules;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1",
            "blindspot.rules.watch=false"
        })
@ActiveProfiles("test")
@DirtiesContext
class ApiRulesIT {

    static final String HEADER =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;
            """;

    /** A harmless extra rule: it matches nothing the scenarios forbid and raises nothing. */
    static final String EXTRA_RULE = HEADER
            + """

            rule "Nothing to see"
            when
                Team( size < 0 )
            then
                insert( Finding.of( "NEVER", Severity.INFO ).withTitle( "t" ).withExplanation( "e" ) );
            end
            """;

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    RuleBaseService ruleBase;

    final ObjectMapper json = new ObjectMapper();
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_check_reports_every_step_and_never_stores_or_changes_the_live_rules() throws Exception {
        int live = liveVersion();

        JsonNode good =
                body(api.postJson("/api/v1/rules/check", "hr", change("extra.drl", EXTRA_RULE, "overlay")), 200);
        JsonNode bad = body(
                api.postJson(
                        "/api/v1/rules/check",
                        "admin",
                        change(
                                "bad.drl",
                                HEADER + "\nrule \"x\"\nwhen\n    Team( size > 2 )\nthen\n    System.exit( 1 );\nend\n",
                                "overlay")),
                200);

        assertThat(good.get("ok").asBoolean()).isTrue();
        assertThat(good.get("baseVersion").asInt()).isEqualTo(live);
        assertThat(good.get("diagnostics")).isEmpty();
        assertThat(good.get("scenarios").get("passed").asInt())
                .isEqualTo(RuleSetSource.fromDirectory(Path.of("rules"))
                        .scenarios()
                        .size());
        assertThat(good.get("scenarios").get("failed")).isEmpty();
        assertThat(bad.get("ok").asBoolean()).isFalse();
        JsonNode diagnostic = bad.get("diagnostics").get(0);
        assertThat(diagnostic.get("file").asText()).isEqualTo("bad.drl");
        assertThat(diagnostic.get("line").asInt()).isEqualTo(11);
        assertThat(diagnostic.get("column").asInt()).isEqualTo(5);
        assertThat(diagnostic.get("stage").asText()).isEqualTo("POLICY");
        assertThat(diagnostic.get("severity").asText()).isEqualTo("ERROR");
        assertThat(diagnostic.get("message").asText()).contains("System");
        assertThat(liveVersion()).isEqualTo(live);
        assertThat(ruleBase.status().liveVersion()).isEqualTo(live);
    }

    @Test
    void a_failing_scenario_is_named_with_what_it_expected_and_what_the_rules_raised() throws Exception {
        String scenario =
                """
                name: Expects what no rule raises
                team:
                  members:
                    - { id: a, name: A, role: LEADER, D: 50, I: 50, S: 50, C: 50 }
                    - { id: b, name: B, role: MEMBER, D: 52, I: 48, S: 50, C: 50 }
                    - { id: c, name: C, role: MEMBER, D: 48, I: 52, S: 50, C: 50 }
                expect:
                  - code: NO_SUCH_FINDING
                """;

        JsonNode result = body(
                api.postJson("/api/v1/rules/check", "hr", change("scenarios/impossible.yaml", scenario, "overlay")),
                200);

        assertThat(result.get("ok").asBoolean()).isFalse();
        JsonNode failed = result.get("scenarios").get("failed");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("name").asText()).isEqualTo("Expects what no rule raises");
        assertThat(failed.get(0).get("expected").toString()).contains("NO_SUCH_FINDING");
        assertThat(failed.get(0).get("actual").isArray()).isTrue();
    }

    @Test
    void publish_stores_the_next_version_with_author_and_comment_and_a_rejected_one_is_422_and_stores_nothing()
            throws Exception {
        int live = liveVersion();

        var published =
                api.postJson("/api/v1/rules/publish", "hr", publish("extra.drl", EXTRA_RULE, live, "one more rule"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        int version = json.readTree(published.body()).get("version").asInt();
        assertThat(version).isEqualTo(live + 1);
        JsonNode current = body(api.get("/api/v1/rules", "hr"), 200);
        assertThat(current.get("version").asInt()).isEqualTo(version);
        assertThat(current.get("author").asText()).isEqualTo("hr");
        assertThat(current.get("comment").asText()).isEqualTo("one more rule");
        assertThat(current.get("createdAt").asText()).isNotBlank();
        assertThat(fileNames(current)).contains("extra.drl", "leader.drl", "parameters.yaml");
        assertThat(ruleBase.status().liveVersion()).isEqualTo(version);
        assertThat(auditRows("RULES_PUBLISHED")).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo("hr");
            assertThat(row.target()).isEqualTo("rule-set:" + version);
        });

        var rejected = api.postJson(
                "/api/v1/rules/publish", "hr", publish("broken.drl", HEADER + "rule \"x\" when", version, "broken"));
        assertThat(rejected.statusCode()).isEqualTo(422);
        JsonNode refusal = json.readTree(rejected.body());
        assertThat(refusal.get("ok").asBoolean()).isFalse();
        assertThat(refusal.get("diagnostics").get(0).get("stage").asText()).isEqualTo("PARSE");
        assertThat(liveVersion()).isEqualTo(version);
        assertThat(auditRows("RULES_PUBLISH_REJECTED"))
                .anySatisfy(row -> assertThat(row.detail()).contains("PARSE", "broken.drl"));
    }

    @Test
    void a_hostile_file_published_over_the_api_is_refused_at_policy_and_never_runs(@TempDir Path dir) throws Exception {
        Path sentinel = dir.resolve("sentinel");
        String hostile = Files.readString(
                        Path.of("src/test/resources/policy/hostile/class-name-built-from-strings.drl"))
                .replace("SENTINEL", sentinel.toString());

        var response = api.postJson("/api/v1/rules/publish", "hr", publish("hostile.drl", hostile, liveVersion(), "x"));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("diagnostics"))
                .allSatisfy(d -> assertThat(d.get("stage").asText()).isEqualTo("POLICY"));
        assertThat(sentinel).doesNotExist();
    }

    @Test
    void two_authors_publishing_from_the_same_base_the_second_gets_409_with_the_live_version_and_a_diff()
            throws Exception {
        int base = liveVersion();
        String first = EXTRA_RULE.replace("Nothing to see", "First author's rule");
        String second = EXTRA_RULE.replace("Nothing to see", "Second author's rule");

        var won = api.postJson("/api/v1/rules/publish", "hr", publish("first.drl", first, base, "first"));
        var lost = api.postJson("/api/v1/rules/publish", "admin", publish("second.drl", second, base, "second"));

        assertThat(won.statusCode()).isEqualTo(201);
        assertThat(lost.statusCode()).isEqualTo(409);
        JsonNode conflict = json.readTree(lost.body());
        int winner = json.readTree(won.body()).get("version").asInt();
        assertThat(conflict.get("liveVersion").asInt()).isEqualTo(winner);
        assertThat(conflict.get("baseVersion").asInt()).isEqualTo(base);
        assertThat(conflict.get("diff")).anySatisfy(file -> {
            assertThat(file.get("name").asText()).isEqualTo("first.drl");
            assertThat(file.get("change").asText()).isEqualTo("added");
            assertThat(file.get("diff").asText()).contains("+rule \"First author's rule\"");
        });
        assertThat(fileNames(body(api.get("/api/v1/rules", "hr"), 200))).doesNotContain("second.drl");
        assertThat(auditRows("RULES_PUBLISH_CONFLICT"))
                .anySatisfy(row -> assertThat(row.actor()).isEqualTo("admin"));
    }

    @Test
    void rollback_publishes_an_old_versions_files_as_a_new_version_and_versions_and_diff_show_it() throws Exception {
        int before = liveVersion();
        var added = api.postJson(
                "/api/v1/rules/publish",
                "hr",
                publish("rolled.drl", EXTRA_RULE.replace("Nothing to see", "To be rolled back"), before, "add"));
        int withFile = json.readTree(added.body()).get("version").asInt();

        var rolledBack =
                api.postJson("/api/v1/rules/rollback", "hr", "{\"version\":" + before + ",\"comment\":\"undo\"}");

        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(201);
        int after = json.readTree(rolledBack.body()).get("version").asInt();
        assertThat(after).isEqualTo(withFile + 1);
        JsonNode live = body(api.get("/api/v1/rules", "hr"), 200);
        assertThat(fileNames(live)).doesNotContain("rolled.drl");
        assertThat(live.get("comment").asText()).contains("rollback to version " + before, "undo");
        JsonNode old = body(api.get("/api/v1/rules/versions/" + withFile, "hr"), 200);
        assertThat(fileNames(old)).contains("rolled.drl");
        JsonNode versions = body(api.get("/api/v1/rules/versions", "admin"), 200);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(after);
        assertThat(versions.get(0).get("status").asText()).isEqualTo("live");
        assertThat(versions.get(0).get("baseVersion").asInt()).isEqualTo(withFile);
        assertThat(versions.get(1).get("status").asText()).isEqualTo("superseded");
        JsonNode diff = body(api.get("/api/v1/rules/versions/" + withFile + "/diff/" + after, "hr"), 200);
        assertThat(diff.get("files")).singleElement().satisfies(file -> {
            assertThat(file.get("name").asText()).isEqualTo("rolled.drl");
            assertThat(file.get("change").asText()).isEqualTo("removed");
            assertThat(file.get("diff").asText())
                    .startsWith("--- a/rolled.drl")
                    .contains("-rule \"To be rolled back\"");
        });
        assertThat(api.postJson("/api/v1/rules/rollback", "hr", "{\"version\":999}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void export_is_a_zip_of_the_live_versions_files() throws Exception {
        JsonNode live = body(api.get("/api/v1/rules", "hr"), 200);
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rules/export"))
                                .header("Authorization", basic("hr"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> zipped = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zipped.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> expected = new HashMap<>();
        live.get("files")
                .forEach(f ->
                        expected.put(f.get("name").asText(), f.get("content").asText()));
        assertThat(zipped).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "executive,GET,/api/v1/rules",
        "executive,POST,/api/v1/rules/check",
        "facilitator,POST,/api/v1/rules/publish",
        "facilitator,GET,/api/v1/rules/versions",
        "executive,POST,/api/v1/rules/rollback",
        "facilitator,GET,/api/v1/rules/export",
        "executive,GET,/api/v1/rules/versions/1/diff/1"
    })
    void everyone_but_hr_and_admin_gets_403_and_the_refusal_is_audited(String user, String method, String path)
            throws Exception {
        int live = liveVersion();
        var response = method.equals("GET")
                ? api.get(path, user)
                : api.postJson(path, user, publish("extra.drl", EXTRA_RULE, live, "not mine to publish"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("forbidden");
        assertThat(liveVersion()).isEqualTo(live);
        assertThat(auditRows("RULES_ACCESS_DENIED")).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo(user);
            assertThat(row.detail()).isEqualTo(method + " " + path);
        });
    }

    @Test
    void bodies_over_the_documented_limits_get_413_or_400_with_the_reason_and_are_audited() throws Exception {
        String bigFile = "x".repeat(RulesRequest.MAX_FILE_CHARS + 1);
        var tooBigFile = api.postJson("/api/v1/rules/check", "hr", change("big.drl", bigFile, "overlay"));
        var tooBigBody = api.postJson(
                "/api/v1/rules/check",
                "hr",
                "{\"files\":[],\"comment\":\"" + "y".repeat(RulesRequest.MAX_BODY_BYTES) + "\"}");
        ObjectNode many = json.createObjectNode();
        ArrayNode files = many.putArray("files");
        for (int i = 0; i <= RulesRequest.MAX_FILES; i++) {
            files.addObject().put("name", "f" + i + ".drl").put("content", EXTRA_RULE);
        }
        var tooMany = api.postJson("/api/v1/rules/check", "hr", many.toString());
        var badMode = api.postJson("/api/v1/rules/check", "hr", change("x.drl", EXTRA_RULE, "merge"));
        var notJson = api.postJson("/api/v1/rules/publish", "hr", "{\"files\": [");

        assertThat(tooBigFile.statusCode()).isEqualTo(413);
        assertThat(tooBigFile.body()).contains("big.drl", String.valueOf(RulesRequest.MAX_FILE_CHARS));
        assertThat(tooBigBody.statusCode()).isEqualTo(413);
        assertThat(tooBigBody.body()).contains("1024 KB");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most " + RulesRequest.MAX_FILES);
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(badMode.body()).contains("overlay", "replace");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not valid JSON");
        assertThat(auditRows("RULES_REQUEST_REFUSED")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void replace_mode_checks_the_given_files_alone_and_a_bad_file_name_is_a_parse_error() throws Exception {
        JsonNode alone =
                body(api.postJson("/api/v1/rules/check", "hr", change("only.drl", EXTRA_RULE, "replace")), 200);
        JsonNode badName =
                body(api.postJson("/api/v1/rules/check", "hr", change("../../etc/x.drl", EXTRA_RULE, "overlay")), 200);

        assertThat(alone.get("ok").asBoolean()).isTrue();
        assertThat(alone.get("scenarios").get("passed").asInt()).isZero();
        assertThat(badName.get("ok").asBoolean()).isFalse();
        assertThat(badName.get("diagnostics").get(0).get("stage").asText()).isEqualTo("PARSE");
        assertThat(badName.get("diagnostics").get(0).get("message").asText()).contains("not a rule-set file name");
    }

    private int liveVersion() throws Exception {
        return body(api.get("/api/v1/rules", "hr"), 200).get("version").asInt();
    }

    private JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String change(String name, String content, String mode) {
        ObjectNode body = json.createObjectNode();
        body.putArray("files").addObject().put("name", name).put("content", content);
        body.put("mode", mode);
        return body.toString();
    }

    private String publish(String name, String content, int baseVersion, String comment) {
        ObjectNode body = json.createObjectNode();
        body.putArray("files").addObject().put("name", name).put("content", content);
        body.put("mode", "overlay");
        body.put("baseVersion", baseVersion);
        body.put("comment", comment);
        return body.toString();
    }

    private static List<String> fileNames(JsonNode version) {
        return version.get("files").findValuesAsText("name");
    }

    private List<AuditEntry> auditRows(String action) {
        return audit.latest().stream().filter(e -> e.action().equals(action)).toList();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
