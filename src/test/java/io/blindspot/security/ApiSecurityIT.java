package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityIT {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_api_call_without_credentials_gets_401_as_json_not_a_login_page() throws Exception {
        var response = get("/api/v1/teams", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void the_401_body_has_the_fields_of_every_api_error() throws Exception {
        var body = new ObjectMapper().readTree(get("/api/v1/teams", null, null).body());

        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("unauthorized");
        assertThat(body.get("message").asText())
                .isEqualTo("Authentication required: use HTTP Basic with your Blindspot account.");
    }

    @Test
    void an_executive_calling_a_facilitator_endpoint_gets_403_as_json() throws Exception {
        var response = get("/api/v1/teams", "executive", "demo");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403").doesNotContain("<html");
    }

    @Test
    void a_facilitator_reads_their_teams_over_http_basic() throws Exception {
        var response = get("/api/v1/teams", "facilitator", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Sales leadership", "Product leadership");
    }

    @Test
    void a_wrong_password_gets_401() throws Exception {
        assertThat(get("/api/v1/teams", "admin", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void repeated_failures_lock_the_account_even_for_the_right_password() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/teams", "greg", "guess-" + i).statusCode()).isEqualTo(401);
        }
        var response = get("/api/v1/teams", "greg", "demo");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/teams", "sofia", "demo").statusCode())
                .as("another account from the same address is not locked by 5 failures")
                .isEqualTo(403);
    }

    @Test
    void the_ui_redirects_an_anonymous_browser_to_the_login_page() throws Exception {
        var response = get("/", null, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_health_endpoint_is_open_for_load_balancers() throws Exception {
        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
