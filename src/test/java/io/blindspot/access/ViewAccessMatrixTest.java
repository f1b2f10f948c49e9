package io.blindspot.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.support.KaribuTest;
import io.blindspot.team.TeamRosters;
import io.blindspot.workshop.WorkshopService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every view from Vaadin's route registry, opened by every role and, where the route takes an id,
 * with the caller's own data and with someone else's. A new route fails this test until its access
 * is declared in {@link #ACCESS}; a view shown to someone not declared, or someone else's data
 * shown, is a leak.
 */
public class ViewAccessMatrixTest extends KaribuTest {

    public static final String COACH = "view-matrix-coach";

    /**
     * Who may open what, by route template. "Own data" is the executive's own assessment, the
     * facilitator's team. The browser test of every view (EveryViewConsoleE2EIT) opens the same.
     */
    public static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("login", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("teams", Set.of("facilitator", COACH, "admin")),
            Map.entry("teams/:teamId/findings", Set.of("facilitator", "admin")),
            Map.entry("assessment/:id", Set.of("executive")),
            Map.entry("report/:id", Set.of("executive")),
            Map.entry("assign", Set.of("facilitator", COACH, "admin")),
            Map.entry("rules", Set.of("hr", "admin")),
            Map.entry("admin/reliability", Set.of("hr", "admin")),
            Map.entry("admin/instruments", Set.of("admin")),
            Map.entry("admin/users", Set.of("admin")),
            Map.entry("admin/audit", Set.of("admin")),
            Map.entry("admin/users/import", Set.of("admin")),
            Map.entry("account/password", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("how-scores-are-computed", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("set-password", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("rules/edit", Set.of("hr", "admin")),
            Map.entry("api-tokens", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")),
            Map.entry("workshops", Set.of("facilitator", COACH, "admin")),
            // the demo's revealed offsite: its facilitator and the admin; its participants see the debrief
            Map.entry("workshops/:id/board", Set.of("facilitator", "admin")),
            Map.entry("workshops/:id/debrief", Set.of("executive", "dana", "facilitator", "admin")),
            Map.entry("workshops/:id/present", Set.of("facilitator", "admin")),
            // every signed-in person sees their own data
            Map.entry("my-data", Set.of("executive", "dana", "facilitator", COACH, "hr", "admin")));

    public static final List<String> CALLERS = List.of("executive", "dana", "facilitator", COACH, "hr", "admin");

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TeamRosters teams;

    @Autowired
    WorkshopService workshops;

    @Test
    void every_role_sees_exactly_the_views_and_data_declared_for_it() {
        if (!accounts.exists(COACH)) {
            accounts.createAccount(COACH, "View Coach", encoder.encode("demo"), Set.of(Role.FACILITATOR));
        }
        // the application's routes; views under test/ exist only in the test classpath
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !r.getTemplate().startsWith("test/"))
                .toList();
        assertThat(routes).extracting(RouteData::getTemplate).contains("teams/:teamId/findings");
        assertThat(ACCESS.keySet())
                .as("declare in ACCESS who may open each route")
                .containsAll(routes.stream().map(RouteData::getTemplate).toList());

        login("executive");
        long executivesReport = assessments.myAssessments().stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED)
                .mapToLong(AssessmentOverview::id)
                .findFirst()
                .orElseThrow();
        long salesTeam = teams.all().stream()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow()
                .id();

        login("facilitator");
        long offsite = workshops.myWorkshops().stream()
                .filter(w -> w.title().equals("Sales leadership offsite"))
                .findFirst()
                .orElseThrow()
                .id();

        List<String> leaks = new ArrayList<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            if (template.equals("login")) {
                continue; // the login view is for everyone, logged in or not
            }
            String path = template.replace(":teamId", String.valueOf(salesTeam))
                    .replace(":id", String.valueOf(template.startsWith("workshops/") ? offsite : executivesReport));
            for (String caller : CALLERS) {
                login(caller);
                navigate(path);
                boolean shown = shows(route.getNavigationTarget());
                boolean expected = ACCESS.get(template).contains(caller);
                if (shown != expected) {
                    leaks.add(caller + " opening " + path + ": " + (shown ? "shown" : "refused") + ", expected "
                            + (expected ? "shown" : "refused"));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The target (or its Spring proxy) is on screen with its content, not a "not found" in its place. */
    private static boolean shows(Class<? extends Component> target) {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty() || !target.isInstance(chain.get(0))) {
            return false;
        }
        return !chain.get(0).getElement().getTextRecursively().contains("was not found");
    }
}
