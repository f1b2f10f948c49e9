package io.blindspot.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Personal API tokens over real HTTP: created with HTTP Basic, then used as bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokensIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_executive_creates_a_token_and_the_api_answers_it_with_the_executives_roles() throws Exception {
        var created =
                send("POST", "/api/v1/me/tokens", basic("executive"), "{\"name\":\"my script\",\"expiresInDays\":30}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("id").asLong()).isPositive();
        String token = body.get("token").asText();
        assertThat(token).startsWith("bst_").hasSizeGreaterThan(40);

        var own = send("GET", "/api/v1/workshops", bearer(token), null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Set-Cookie"))
                .as("no session for an API call")
                .isEmpty();
        assertThat(send("GET", "/api/v1/teams", bearer(token), null).statusCode())
                .as("the token carries the executive's roles, not more")
                .isEqualTo(403);
    }

    @Test
    void a_facilitators_token_reads_their_teams_and_the_list_never_shows_a_secret() throws Exception {
        String token = createToken("facilitator", "reporting");

        var teams = send("GET", "/api/v1/teams", bearer(token), null);
        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.body()).contains("Sales leadership");

        var list = send("GET", "/api/v1/me/tokens", bearer(token), null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"name\":\"reporting\"", "\"status\":\"active\"")
                .doesNotContain(token)
                .doesNotContain("\"token\"");
        String hash = jdbc.queryForObject(
                "select token_hash from api_token where name = 'reporting' order by id desc limit 1", String.class);
        assertThat(hash).as("stored as SHA-256 hex, not the secret").hasSize(64).isNotEqualTo(token);
    }

    @Test
    void an_expired_token_gets_401_json() throws Exception {
        String token = createToken("hr", "expiring");
        assertThat(send("GET", "/api/v1/rules", bearer(token), null).statusCode())
                .isEqualTo(200);

        jdbc.update(
                "update api_token set expires_at = ? where name = 'expiring'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));

        assertInvalidToken(send("GET", "/api/v1/rules", bearer(token), null));
        assertThat(send("GET", "/api/v1/me/tokens", basic("hr"), null).body()).contains("\"status\":\"expired\"");
    }

    @Test
    void a_revoked_token_gets_401_json_and_nobody_else_can_revoke_it() throws Exception {
        String token = createToken("admin", "to revoke");
        long id = jdbc.queryForObject("select max(id) from api_token where name = 'to revoke'", Long.class);

        var foreign = send("DELETE", "/api/v1/me/tokens/" + id, basic("hr"), null);
        assertThat(foreign.statusCode())
                .as("another person's token is not found")
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/teams", bearer(token), null).statusCode())
                .isEqualTo(200);

        assertThat(send("DELETE", "/api/v1/me/tokens/" + id, bearer(token), null)
                        .statusCode())
                .isEqualTo(204);

        assertInvalidToken(send("GET", "/api/v1/teams", bearer(token), null));
        assertThat(send("GET", "/api/v1/me/tokens", basic("admin"), null).body())
                .contains("\"status\":\"revoked\"");
    }

    @Test
    void a_wrong_token_gets_401_in_the_api_error_format() throws Exception {
        assertInvalidToken(send("GET", "/api/v1/teams", bearer("bst_not-a-token"), null));
        assertInvalidToken(send("GET", "/api/v1/teams", bearer("something else"), null));
    }

    @Test
    void a_deactivated_owners_tokens_stop_working() throws Exception {
        if (!accounts.exists("token-leaver")) {
            accounts.createAccount("token-leaver", "Token Leaver", encoder.encode("demo"), Set.of(Role.FACILITATOR));
        }
        String token = createToken("token-leaver", "leaver");
        assertThat(send("GET", "/api/v1/teams", bearer(token), null).statusCode())
                .isEqualTo(200);

        jdbc.update("update app_user set enabled = false where username = 'token-leaver'");

        assertInvalidToken(send("GET", "/api/v1/teams", bearer(token), null));
    }

    @Test
    void a_token_without_a_name_or_with_a_validity_out_of_range_is_refused_with_400() throws Exception {
        var noName = send("POST", "/api/v1/me/tokens", basic("executive"), "{\"name\":\" \",\"expiresInDays\":30}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noName.body()).get("message").asText()).contains("name");

        var tooLong = send("POST", "/api/v1/me/tokens", basic("executive"), "{\"name\":\"x\",\"expiresInDays\":400}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("message").asText()).contains("expiresInDays");
    }

    @Test
    void creating_a_token_needs_authentication() throws Exception {
        var response = send("POST", "/api/v1/me/tokens", null, "{\"name\":\"x\",\"expiresInDays\":30}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("unauthorized");
    }

    private void assertInvalidToken(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("invalid-token");
        assertThat(body.get("message").asText()).contains("token");
    }

    private String createToken(String user, String name) throws Exception {
        var response =
                send("POST", "/api/v1/me/tokens", basic(user), "{\"name\":\"" + name + "\",\"expiresInDays\":30}");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asText();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
