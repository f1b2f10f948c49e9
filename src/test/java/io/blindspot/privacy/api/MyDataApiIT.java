package io.blindspot.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.base.Messages;
import io.blindspot.support.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/v1/me/export} and {@code .pdf} over real HTTP for the demo's Dana Whitfield, who
 * has a submitted questionnaire, a team, a consent and a commitment: the JSON has exactly the
 * documented names and holds what the database holds; the PDF says the same in words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MyDataApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void the_json_export_has_exactly_the_documented_field_names() throws Exception {
        var response = api.get("/api/v1/me/export", "dana");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(names(body))
                .containsExactly(
                        "exportedAt",
                        "account",
                        "apiTokens",
                        "assessments",
                        "teams",
                        "consents",
                        "commitments",
                        "notices",
                        "auditEvents");
        assertThat(names(body.get("account")))
                .containsExactly(
                        "id",
                        "username",
                        "displayName",
                        "email",
                        "enabled",
                        "createdAt",
                        "roles",
                        "ssoIssuer",
                        "ssoSubject",
                        "language");
        JsonNode assessment = body.get("assessments").get(0);
        assertThat(names(assessment))
                .containsExactly(
                        "id",
                        "instrument",
                        "instrumentTitle",
                        "instrumentVersion",
                        "status",
                        "workshopId",
                        "assignedAt",
                        "assignedBy",
                        "startedAt",
                        "submittedAt",
                        "answers",
                        "result");
        assertThat(assessment.get("answers")).isNotEmpty().allSatisfy(answer -> {
            assertThat(names(answer)).containsExactly("itemId", "value", "answeredAt");
            assertThat(answer.get("value").asInt()).isBetween(1, 5);
            assertThat(Instant.parse(answer.get("answeredAt").asText())).isBefore(Instant.now());
        });
        assertThat(names(assessment.get("result")))
                .containsExactly(
                        "d",
                        "i",
                        "s",
                        "c",
                        "peopleVsTask",
                        "pace",
                        "style",
                        "intensity",
                        "qualityFlags",
                        "durationSeconds",
                        "scoredAt",
                        "report");
        assertThat(names(assessment.get("result").get("report")))
                .containsExactly("style", "description", "strengths", "watchOuts", "qualityNotes");
        assertThat(names(body.get("consents").get(0)))
                .containsExactly(
                        "workshopId", "workshop", "consent", "consentChangedAt", "invitedAt", "lastRemindedAt");
        assertThat(names(body.get("commitments").get(0)))
                .containsExactly(
                        "workshopId", "workshop", "findingCode", "text", "dueOn", "status", "createdAt", "updatedAt");
        assertThat(names(body.get("teams").get(0)))
                .containsExactly("teamId", "team", "organisation", "role", "jobTitle");
        assertThat(names(body.get("auditEvents").get(0)))
                .containsExactly("occurredAt", "actor", "action", "subjectUserId", "target", "detail");
    }

    @Test
    void the_json_export_holds_what_is_stored_about_the_caller_and_nobody_else() throws Exception {
        long dana = jdbc.queryForObject("select id from app_user where username = 'dana'", Long.class);
        int answersStored = jdbc.queryForObject(
                "select count(*) from answer a join assessment s on s.id = a.assessment_id where s.user_id = ?",
                Integer.class,
                dana);

        JsonNode body = json.readTree(api.get("/api/v1/me/export", "dana").body());

        assertThat(body.at("/account/username").asText()).isEqualTo("dana");
        assertThat(body.at("/account/displayName").asText()).isEqualTo("Dana Whitfield");
        assertThat(body.at("/account/email").asText()).isEqualTo("dana@northwind.example");
        assertThat(body.at("/account/roles").toString()).isEqualTo("[\"EXECUTIVE\"]");
        int answers = 0;
        for (JsonNode a : body.get("assessments")) {
            answers += a.get("answers").size();
        }
        assertThat(answers).isEqualTo(answersStored);
        assertThat(body.at("/assessments/0/status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.at("/assessments/0/result/report/description").asText()).isNotBlank();
        assertThat(body.at("/teams/0/team").asText()).isEqualTo("Sales leadership");
        assertThat(body.at("/consents/0/workshop").asText()).isEqualTo("Sales leadership offsite");
        assertThat(body.at("/consents/0/consent").asText()).isEqualTo("SHARE");
        assertThat(body.at("/commitments/0/text").asText()).startsWith("Meet two top performers");
        assertThat(body.get("auditEvents").findValuesAsText("action")).contains("PERSONAL_DATA_EXPORTED");
        // another member's account, answers or commitments are not in it
        assertThat(body.toString()).doesNotContain("Mike Brennan", "Raj Patel", "weekly 30-minute coaching");
    }

    @Test
    void the_pdf_export_says_the_same_in_words() throws Exception {
        var response = bytes("/api/v1/me/export.pdf", "dana");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (var pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        JsonNode body = json.readTree(api.get("/api/v1/me/export", "dana").body());
        assertThat(text)
                .contains(
                        "My data in Blindspot", "Dana Whitfield", "dana@northwind.example", "Sales leadership offsite")
                .contains("Meet two top performers")
                .contains(body.at("/assessments/0/result/report/style").asText())
                .contains(body.at("/assessments/0/answers/0/itemId").asText() + " = "
                        + body.at("/assessments/0/answers/0/value").asInt());
    }

    @Test
    void the_export_holds_the_language_the_person_chose_and_null_while_they_follow_the_browser() throws Exception {
        assertThat(json.readTree(api.get("/api/v1/me/export", "dana").body())
                        .at("/account/language")
                        .isNull())
                .isTrue();
        try {
            jdbc.update("update app_user set language = 'de' where username = 'dana'");

            JsonNode body = json.readTree(api.get("/api/v1/me/export", "dana").body());

            assertThat(body.at("/account/language").asText()).isEqualTo("de");
        } finally {
            jdbc.update("update app_user set language = null where username = 'dana'");
        }
    }

    @Test
    void the_pdf_is_written_in_the_language_the_person_chose_else_in_the_browsers() throws Exception {
        try {
            jdbc.update("update app_user set language = 'de' where username = 'dana'");
            String chosenGerman = pdfText(bytes("/api/v1/me/export.pdf", "dana", "en-US"));
            jdbc.update("update app_user set language = 'en' where username = 'dana'");
            String chosenEnglish = pdfText(bytes("/api/v1/me/export.pdf", "dana", "de-DE"));
            jdbc.update("update app_user set language = null where username = 'dana'");
            String browserGerman = pdfText(bytes("/api/v1/me/export.pdf", "dana", "de-DE"));

            JsonNode result =
                    json.readTree(api.get("/api/v1/me/export", "dana").body()).at("/assessments/0/result");
            String style = "assessment.style." + result.get("style").asText();
            assertThat(chosenGerman)
                    .contains("Meine Daten in Blindspot", "Konto", "Sprache: Deutsch", "Fragebögen und Ergebnisse")
                    .contains("Sales leadership offsite", "Meet two top performers")
                    .contains("Ergebnis: " + Messages.text(style + ".label", Locale.GERMAN) + " - D ")
                    .contains("Ihr Profil: "
                            + Messages.text(style + ".description", Locale.GERMAN)
                                    .substring(0, 30))
                    .doesNotContain("My data in Blindspot", "Assessments and results")
                    .doesNotContain(result.at("/report/description").asText().substring(0, 30));
            assertThat(chosenEnglish).contains("My data in Blindspot", "Language: English");
            assertThat(browserGerman).contains("Meine Daten in Blindspot", "Sprache: wie der Browser");
        } finally {
            jdbc.update("update app_user set language = null where username = 'dana'");
        }
    }

    @Test
    void nobody_signed_in_gets_no_export() throws Exception {
        assertThat(api.get("/api/v1/me/export", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/export.pdf", null).statusCode()).isEqualTo(401);
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
        return bytes(path, user, "en");
    }

    private HttpResponse<byte[]> bytes(String path, String user, String acceptLanguage) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Accept-Language", acceptLanguage)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
