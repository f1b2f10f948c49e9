package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
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

/**
 * The HTTP API refuses what it will not do before doing any work, and every refusal has the
 * documented JSON shape {@code {status,error,message}} and creates no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiInputLimitsIT {

    static final String TEAM = "{\"team\":\"t\",\"members\":[{\"id\":\"a\",\"role\":\"LEADER\","
            + "\"scores\":{\"D\":80,\"I\":30,\"S\":20,\"C\":70}}]}";

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void an_executive_posting_a_large_body_is_refused_for_the_role_before_the_body_is_read() throws Exception {
        var response = post("executive", "application/json", HttpRequest.BodyPublishers.ofByteArray(bigJson(2)));

        assertError(response, 403, "forbidden");
    }

    @Test
    void a_body_declared_larger_than_one_megabyte_gets_413_json() throws Exception {
        var response = post("facilitator", "application/json", HttpRequest.BodyPublishers.ofByteArray(bigJson(2)));

        assertError(response, 413, "payload-too-large");
        assertThat(body(response).get("message").asText()).contains("1024 KB");
    }

    @Test
    void a_chunked_body_without_a_length_stops_being_read_at_the_cap_with_413_json() throws Exception {
        byte[] big = bigJson(2);
        var response = post(
                "facilitator",
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        assertError(response, 413, "payload-too-large");
    }

    @Test
    void a_body_under_the_cap_is_evaluated() throws Exception {
        var response = post("facilitator", "application/json", HttpRequest.BodyPublishers.ofString(TEAM));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void data_after_the_json_body_is_refused() throws Exception {
        var response =
                post("facilitator", "application/json", HttpRequest.BodyPublishers.ofString(TEAM + " {\"x\":1}"));

        assertError(response, 400, "invalid-request");
        assertThat(body(response).get("errors").get(0).get("message").asText())
                .contains("unexpected data after the end of the value");
    }

    @Test
    void path_values_that_are_not_ids_get_400_json() throws Exception {
        for (String id : new String[] {"abc", "99999999999999999999", "1.0"}) {
            var response = send("GET", "/api/v1/teams/" + id + "/evaluation", "facilitator", null, null);

            assertError(response, 400, "invalid-parameter");
            assertThat(body(response).get("message").asText()).contains("whole number", id);
        }
    }

    @Test
    void a_wrong_method_gets_405_json_with_allow() throws Exception {
        var response = send("GET", "/api/v1/evaluations", "facilitator", null, null);

        assertError(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void a_wrong_content_type_gets_415_json() throws Exception {
        var response = post("facilitator", "text/plain", HttpRequest.BodyPublishers.ofString(TEAM));

        assertError(response, 415, "unsupported-media-type");
    }

    @Test
    void an_unknown_api_path_gets_404_json_not_the_portal_page() throws Exception {
        var response = send("GET", "/api/v1/nothing-here", "facilitator", null, null);

        assertError(response, 404, "not-found");
    }

    @Test
    void paths_the_firewall_rejects_get_400_json_never_a_login_redirect() throws Exception {
        for (String path : new String[] {"/api/v1/teams;x=1", "//api/v1/teams", "/api/v1/%2e%2e/teams", "/login;x=1"}) {
            var response = send("GET", path, null, null, null);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(body(response).get("error").asText()).as(path).isEqualTo("rejected-request");
        }
    }

    @Test
    void health_details_are_for_admins_only() throws Exception {
        var asHr = body(send("GET", "/actuator/health", "hr", null, null));
        var asAdmin = body(send("GET", "/actuator/health", "admin", null, null));

        assertThat(asHr.has("components")).as(asHr.toString()).isFalse();
        assertThat(asAdmin.has("components")).as(asAdmin.toString()).isTrue();
    }

    private void assertError(HttpResponse<String> response, int status, String error) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = body(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for the API")
                .isEmpty();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    /** A syntactically valid evaluation request of about {@code megabytes} MB (thousands of members). */
    private static byte[] bigJson(int megabytes) {
        var text = new StringBuilder("{\"team\":\"t\",\"members\":[");
        for (int n = 0; text.length() < megabytes * 1024 * 1024; n++) {
            text.append(n == 0 ? "" : ",")
                    .append("{\"id\":\"m")
                    .append(n)
                    .append("\",\"scores\":{\"D\":50,\"I\":50,\"S\":50,\"C\":50}}");
        }
        return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String user, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        return send("POST", "/api/v1/evaluations", user, contentType, body);
    }

    private HttpResponse<String> send(
            String method, String path, String user, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
