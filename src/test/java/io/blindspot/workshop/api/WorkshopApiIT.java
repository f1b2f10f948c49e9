package io.blindspot.workshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.support.ApiClient;
import io.blindspot.workshop.WorkshopRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workshop API over real HTTP on the demo data: "Sales leadership offsite" is revealed, tom and
 * greg have not consented, everyone else shares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkshopApiIT {

    static final List<String> WITHHELD = List.of("Tom Okafor", "Greg Lindqvist", "Okafor", "Lindqvist");
    static final Pattern WITHHELD_USERNAMES = Pattern.compile("\\b(tom|greg)\\b");

    @LocalServerPort
    int port;

    @Autowired
    WorkshopRepository workshops;

    final ObjectMapper json = new ObjectMapper();
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_facilitator_lists_their_own_workshops_and_another_facilitator_none_of_them() throws Exception {
        var mine = json.readTree(api.get("/api/v1/workshops", "facilitator").body());
        var coachs = json.readTree(api.get("/api/v1/workshops", "coach").body());

        assertThat(titles(mine)).contains("Sales leadership offsite", "Product leadership team day");
        assertThat(coachs).isEmpty();
    }

    @Test
    void the_debrief_names_and_scores_only_members_who_share() throws Exception {
        var response = api.get("/api/v1/workshops/" + offsite() + "/debrief", "facilitator");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("workshop").get("title").asText()).isEqualTo("Sales leadership offsite");
        assertThat(body.get("team").get("name").asText()).isEqualTo("Sales leadership");
        assertThat(body.get("ruleSetVersion").asInt()).isPositive();
        assertThat(body.get("minimumGroupSize").asInt()).isEqualTo(3);
        assertThat(body.get("submitted").asInt()).isEqualTo(7);
        JsonNode members = body.get("members");
        assertThat(members).hasSize(7);
        int named = 0;
        int hidden = 0;
        for (JsonNode m : members) {
            assertThat(m.has("leader")).isTrue();
            assertThat(m.get("status").asText()).isNotBlank();
            if (m.get("consent").asText().equals("SHARE")) {
                named++;
                assertThat(m.get("name").isNull()).isFalse();
                assertThat(m.get("scores").get("d").asDouble()).isPositive();
            } else {
                hidden++;
                assertThat(m.get("consent").asText()).isEqualTo("AGGREGATE_ONLY");
                assertThat(m.get("name").isNull()).isTrue();
                assertThat(m.get("scores").isNull()).isTrue();
            }
        }
        assertThat(named).isEqualTo(5);
        assertThat(hidden).isEqualTo(2);
        assertThat(body.get("aggregate").get("anonymousDots")).hasSize(2);
        JsonNode top = body.get("findings").get(0);
        assertThat(top.get("code").asText()).isEqualTo("UNIFORM_TASK_DOMINANCE");
        assertThat(top.get("coachingActions")).isNotEmpty();
        assertThat(top.get("rule").asText()).isNotBlank();
        assertThat(body.get("commitments")).hasSize(2);
        assertNothingWithheld(response.body());
    }

    @Test
    void the_pdf_handout_holds_the_finding_titles_and_nothing_withheld() throws Exception {
        var response = bytes("/api/v1/workshops/" + offsite() + "/debrief.pdf", "facilitator");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (var pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        var debrief = json.readTree(api.get("/api/v1/workshops/" + offsite() + "/debrief", "facilitator")
                .body());
        for (JsonNode finding : debrief.get("findings")) {
            assertThat(text.replaceAll("\\s+", " "))
                    .contains(finding.get("title").asText());
        }
        assertThat(text).contains("Sales leadership offsite").contains("Mike Brennan");
        assertNothingWithheld(text);
        assertNothingWithheld(new String(response.body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void the_csv_holds_consented_scores_and_findings_and_nothing_withheld() throws Exception {
        var response = api.get("/api/v1/workshops/" + offsite() + "/debrief.csv", "facilitator");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body()).contains("Dana Whitfield").contains("UNIFORM_TASK_DOMINANCE");
        assertThat(response.body().lines().filter(l -> l.startsWith("member,"))).hasSize(7);
        assertNothingWithheld(response.body());
    }

    @Test
    void another_facilitator_is_refused_on_every_workshop_endpoint() throws Exception {
        for (String path : debriefPaths(offsite())) {
            assertThat(api.get(path, "coach").statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void a_participant_is_refused_before_the_reveal_and_served_after_it() throws Exception {
        long teamDay = workshopTitled("Product leadership team day");
        for (String path : debriefPaths(teamDay)) {
            assertThat(api.get(path, "priya").statusCode()).as(path).isEqualTo(403);
        }
        var afterReveal = api.get("/api/v1/workshops/" + offsite() + "/debrief", "dana");
        assertThat(afterReveal.statusCode()).isEqualTo(200);
        assertNothingWithheld(afterReveal.body());
    }

    @Test
    void someone_outside_the_workshop_is_refused_even_after_the_reveal() throws Exception {
        assertThat(api.get("/api/v1/workshops/" + offsite() + "/debrief", "priya")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/workshops/" + offsite() + "/debrief", "hr").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_unknown_workshop_is_404_and_no_login_is_401() throws Exception {
        assertThat(api.get("/api/v1/workshops/999999/debrief", "facilitator").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/workshops/" + offsite() + "/debrief", null).statusCode())
                .isEqualTo(401);
    }

    static void assertNothingWithheld(String text) {
        for (String name : WITHHELD) {
            assertThat(text).doesNotContain(name);
        }
        assertThat(WITHHELD_USERNAMES.matcher(text).find())
                .as("a withheld username appears")
                .isFalse();
    }

    static List<String> debriefPaths(long id) {
        String base = "/api/v1/workshops/" + id + "/debrief";
        return List.of(base, base + ".pdf", base + ".csv");
    }

    long offsite() {
        return workshopTitled("Sales leadership offsite");
    }

    long workshopTitled(String title) {
        return workshops.findAll().stream()
                .filter(w -> w.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    HttpResponse<byte[]> bytes(String path, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<String> titles(JsonNode list) {
        var titles = new ArrayList<String>();
        list.forEach(w -> titles.add(w.get("title").asText()));
        return titles;
    }
}
