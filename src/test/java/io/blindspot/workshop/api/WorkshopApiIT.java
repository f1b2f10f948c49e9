package io.blindspot.workshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.AccountService;
import io.blindspot.support.ApiClient;
import io.blindspot.workshop.NewWorkshop;
import io.blindspot.workshop.WorkshopRepository;
import io.blindspot.workshop.WorkshopService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
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
    AccountLanguage languages;

    @Autowired
    WorkshopRepository workshops;

    @Autowired
    WorkshopService workshopService;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

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
        assertThat(text)
                .contains("Sales leadership offsite")
                .contains("Mike Brennan")
                .contains("Consent applied: ", "Findings", "Commitments");
        assertNothingWithheld(text);
        assertNothingWithheld(new String(response.body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_facilitator_who_chose_german_gets_the_handout_in_german_and_the_csv_with_its_english_columns()
            throws Exception {
        choose("facilitator", Locale.GERMAN);
        try {
            var response = bytes("/api/v1/workshops/" + offsite() + "/debrief.pdf", "facilitator");
            String text;
            try (var pdf = Loader.loadPDF(response.body())) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertThat(text)
                    .contains("Befunde", "Verpflichtungen", "Einwilligung berücksichtigt: ", "moderiert von")
                    .doesNotContain("Consent applied", "facilitated by", "!workshop.");
            assertThat(api.get("/api/v1/workshops/" + offsite() + "/debrief.csv", "facilitator")
                            .body()
                            .lines()
                            .findFirst())
                    .hasValueSatisfying(header -> assertThat(header)
                            .startsWith("record,workshop,team,rule set version,name,leader,consent,status,D,I,S,C"));
        } finally {
            choose("facilitator", null);
        }
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

    @Test
    void a_participant_sets_their_own_consent_until_the_reveal_and_the_change_is_audited() throws Exception {
        long id = newWorkshop("Consent over the API", "Consent API team", List.of("priya", "jonas", "amara"));

        var shared = put("/api/v1/workshops/" + id + "/consent", "priya", "{\"consent\":\"SHARE\"}");

        assertThat(shared.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(shared.body());
        assertThat(body.get("workshopId").asLong()).isEqualTo(id);
        assertThat(body.get("consent").asText()).isEqualTo("SHARE");
        assertThat(body.get("changeable").asBoolean()).isTrue();
        long priya = accounts.findAccount("priya").orElseThrow().getId();
        assertThat(audit.about(priya)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CONSENT_CHANGED");
            assertThat(e.detail()).isEqualTo("AGGREGATE_ONLY → SHARE");
            assertThat(e.target()).isEqualTo("workshop:" + id);
        });
        var back = put("/api/v1/workshops/" + id + "/consent", "priya", "{\"consent\":\"AGGREGATE_ONLY\"}");
        assertThat(json.readTree(back.body()).get("consent").asText()).isEqualTo("AGGREGATE_ONLY");

        assertThat(put("/api/v1/workshops/" + id + "/consent", "priya", "{\"consent\":\"MAYBE\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(put("/api/v1/workshops/" + id + "/consent", "ben", "{\"consent\":\"SHARE\"}")
                        .statusCode())
                .as("someone who does not take part")
                .isEqualTo(403);
        assertThat(put("/api/v1/workshops/" + id + "/consent", "facilitator", "{\"consent\":\"SHARE\"}")
                        .statusCode())
                .as("the facilitator decides nobody's consent")
                .isEqualTo(403);
    }

    @Test
    void consent_cannot_change_after_the_reveal() throws Exception {
        var refused = put("/api/v1/workshops/" + offsite() + "/consent", "tom", "{\"consent\":\"SHARE\"}");

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("error").asText()).isEqualTo("conflict");
        assertThat(body.get("message").asText()).contains("revealed");
        var debrief = api.get("/api/v1/workshops/" + offsite() + "/debrief", "facilitator");
        assertNothingWithheld(debrief.body());
    }

    @Test
    void the_facilitator_adds_people_to_their_workshop_and_another_facilitator_is_refused() throws Exception {
        long id = newWorkshop("Adding over the API", "Adding API team", List.of("chen", "ben"));
        String people = "{\"people\":[\"sofia\"],"
                + "\"newPeople\":[{\"name\":\"Ida Berg\",\"email\":\"ida.berg@example.com\"}]}";

        var refused = api.postJson("/api/v1/workshops/" + id + "/participants", "coach", people);
        assertThat(refused.statusCode()).isEqualTo(403);
        var added = api.postJson("/api/v1/workshops/" + id + "/participants", "facilitator", people);

        assertThat(added.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(added.body());
        assertThat(body.get("mailConfigured").asBoolean()).isFalse();
        JsonNode invitations = body.get("invitations");
        assertThat(invitations).hasSize(2);
        for (JsonNode invitation : invitations) {
            assertThat(invitation.get("mailed").asBoolean()).isFalse();
            if (invitation.get("email").asText().equals("ida.berg@example.com")) {
                assertThat(invitation.get("link").asText()).contains("/set-password?token=");
            }
        }
        var again =
                api.postJson("/api/v1/workshops/" + id + "/participants", "facilitator", "{\"people\":[\"sofia\"]}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json.readTree(again.body()).get("message").asText()).contains("takes part already");
        assertThat(api.postJson(
                                "/api/v1/workshops/" + offsite() + "/participants",
                                "facilitator",
                                "{\"people\":[\"priya\"]}")
                        .statusCode())
                .as("the offsite is revealed")
                .isEqualTo(409);
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

    HttpResponse<String> put(String path, String user, String body) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Stores the person's own language choice, as they do under My account. */
    void choose(String username, Locale language) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            languages.choose(language);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A workshop of the demo facilitator's, not yet revealed, with these people. */
    long newWorkshop(String title, String team, List<String> people) {
        var details = users.loadUserByUsername("facilitator");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return workshopService
                    .create(new NewWorkshop(
                            title,
                            LocalDate.now().plusDays(20),
                            LocalDate.now().plusDays(10),
                            null,
                            team,
                            people,
                            List.of(),
                            people.get(0),
                            3,
                            null,
                            null))
                    .workshop()
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
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
