package io.blindspot.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.support.ApiClient;
import io.blindspot.team.TeamRosters;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator who runs no team asks for a team that exists and for one that does not: the answers
 * must not tell which is which. Only the audit trail knows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForeignTeamIsNotFoundIT {

    static final String COACH = "coach-without-teams";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TeamRosters teams;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void aFacilitatorWhoRunsNoTeam() {
        if (!accounts.exists(COACH)) {
            accounts.createAccount(COACH, "Cora Coach", encoder.encode("demo"), Set.of(Role.FACILITATOR));
        }
    }

    @Test
    void another_facilitators_team_and_a_missing_team_get_the_same_404() throws Exception {
        var api = new ApiClient(port);
        long existing = teams.all().get(0).id();
        long missing = 987_654_321L;

        var foreign = api.get("/api/v1/teams/" + existing + "/evaluation", COACH);
        var absent = api.get("/api/v1/teams/" + missing + "/evaluation", COACH);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(absent.statusCode()).isEqualTo(404);
        var json = new ObjectMapper();
        assertThat(json.readTree(foreign.body()).get("message").asText().replace(String.valueOf(existing), "N"))
                .isEqualTo(json.readTree(absent.body()).get("message").asText().replace(String.valueOf(missing), "N"));
        assertThat(audit.latest())
                .anySatisfy(e ->
                        assertThat(e.toString()).contains(COACH, "team/" + existing, "not facilitated by the caller"))
                .anySatisfy(e -> assertThat(e.toString()).contains(COACH, "team/" + missing, "does not exist"));
    }
}
