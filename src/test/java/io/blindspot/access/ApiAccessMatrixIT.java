package io.blindspot.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.team.TeamRosters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint, read from Spring MVC's request mappings, called by every role and, where it
 * takes a team, for the caller's own team, another facilitator's team and a team that does not
 * exist. A new endpoint fails this test until its access is declared in {@link #ACCESS}; any
 * answer other than the declared one is a leak (or a lock-out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAccessMatrixIT {

    /** A second facilitator who runs no team (the demo's `coach` until it lands on main). */
    static final String COACH = "matrix-coach";

    static final List<String> CALLERS = List.of("anonymous", "executive", "facilitator", COACH, "hr", "admin");

    /** Who may call what, by "METHOD pattern". Writes are probed only with callers who may not. */
    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /api/v1/teams", Set.of("facilitator", COACH, "admin")),
            Map.entry("GET /api/v1/teams/{id}/evaluation", Set.of("facilitator", COACH, "admin")),
            Map.entry("POST /api/v1/evaluations", Set.of("facilitator", COACH, "hr", "admin")),
            Map.entry("GET /api/v1/rules", Set.of("hr", "admin")),
            Map.entry("GET /api/v1/rules/versions", Set.of("hr", "admin")),
            Map.entry("GET /api/v1/rules/versions/{version}", Set.of("hr", "admin")),
            Map.entry("GET /api/v1/rules/versions/{from}/diff/{to}", Set.of("hr", "admin")),
            Map.entry("GET /api/v1/rules/export", Set.of("hr", "admin")),
            Map.entry("POST /api/v1/rules/check", Set.of("hr", "admin")),
            Map.entry("POST /api/v1/rules/publish", Set.of("hr", "admin")),
            Map.entry("POST /api/v1/rules/rollback", Set.of("hr", "admin")),
            // the caller's own workshops: run, administered or taken part in
            Map.entry("GET /api/v1/workshops", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            // the demo's revealed offsite: its facilitator, the admin and (after reveal) its participants
            Map.entry("GET /api/v1/workshops/{id}/debrief", Set.of("executive", "dana", "facilitator", "admin")),
            Map.entry("GET /api/v1/workshops/{id}/debrief.pdf", Set.of("executive", "dana", "facilitator", "admin")),
            Map.entry("GET /api/v1/workshops/{id}/debrief.csv", Set.of("executive", "dana", "facilitator", "admin")),
            // adding people: the workshop's own facilitator and the admin
            Map.entry("POST /api/v1/workshops/{id}/participants", Set.of("facilitator", "admin")),
            // a participant's own consent (in the revealed offsite a change is refused with 409)
            Map.entry("PUT /api/v1/workshops/{id}/consent", Set.of("executive", "dana")),
            // the caller's own data: everyone signed in
            Map.entry("GET /api/v1/me/export", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("GET /api/v1/me/export.pdf", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            // the caller's own API tokens: every signed-in person, whatever their roles
            Map.entry("GET /api/v1/me/tokens", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("POST /api/v1/me/tokens", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry(
                    "DELETE /api/v1/me/tokens/{id}", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TeamRosters teams;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void aSecondFacilitatorWhoRunsNoTeam() {
        if (!accounts.exists(COACH)) {
            accounts.createAccount(COACH, "Matrix Coach", encoder.encode("demo"), Set.of(Role.FACILITATOR));
        }
    }

    @Test
    void every_role_gets_exactly_its_declared_access_to_every_endpoint_and_team() throws Exception {
        Set<String> endpoints = apiEndpoints();
        assertThat(endpoints).as("read from the request mappings").contains("GET /api/v1/teams/{id}/evaluation");
        assertThat(ACCESS.keySet())
                .as("declare in ACCESS who may call each endpoint")
                .containsAll(endpoints);

        long salesTeam = teams.all().stream()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow()
                .id();
        long offsite =
                jdbc.queryForObject("select id from workshop where title = 'Sales leadership offsite'", Long.class);
        List<String> leaks = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (String caller : CALLERS) {
                boolean allowed = ACCESS.get(endpoint).contains(caller);
                if (!method.equals("GET") && allowed) {
                    continue; // not performed: a write has effects; its refusals are what leaks
                }
                if (pattern.startsWith("/api/v1/workshops/{id}")) {
                    check(
                            leaks,
                            caller,
                            method,
                            pattern.replace("{id}", "" + offsite),
                            caller.equals("anonymous") ? 401 : allowed ? 200 : 403);
                } else if (pattern.contains("{id}")) {
                    // own team for the facilitator, another facilitator's team for the coach
                    check(
                            leaks,
                            caller,
                            method,
                            pattern.replace("{id}", "" + salesTeam),
                            teamAnswer(caller, allowed, true));
                    check(
                            leaks,
                            caller,
                            method,
                            pattern.replace("{id}", "987654321"),
                            teamAnswer(caller, allowed, false));
                } else {
                    String path = pattern.replace("{version}", "1")
                            .replace("{from}", "1")
                            .replace("{to}", "1");
                    check(leaks, caller, method, path, caller.equals("anonymous") ? 401 : allowed ? 200 : 403);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The team exists and is the facilitator's, or is another's for the coach, or does not exist. */
    private static int teamAnswer(String caller, boolean allowedRole, boolean teamExists) {
        if (caller.equals("anonymous")) {
            return 401;
        }
        if (!allowedRole) {
            return 403;
        }
        boolean own = teamExists && (caller.equals("facilitator") || caller.equals("admin"));
        return own ? 200 : 404;
    }

    private void check(List<String> leaks, String caller, String method, String path, int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (!caller.equals("anonymous")) {
            String token = Base64.getEncoder().encodeToString((caller + ":demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != expected) {
            leaks.add(caller + " " + method + " " + path + ": " + status + ", expected " + expected);
        }
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getSimpleName().equals("ApiNotFound")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        return endpoints;
    }
}
