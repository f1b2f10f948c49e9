package io.blindspot.demo;

import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.base.StartupStep;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccount;
import io.blindspot.team.Team;
import io.blindspot.team.TeamRole;
import io.blindspot.team.TeamRosters;
import io.blindspot.workshop.Workshop;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo organisation on first start of the embedded default (or with BLINDSPOT_DEMO=true,
 * see {@link DemoDefault}), so a new user can log in as the facilitator and see the seed team's
 * blind spots at once. Every demo password is "demo".
 * Everything is created through the owning modules' services.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "blindspot.demo.enabled", havingValue = "true")
class DemoDataLoader implements StartupStep {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;
    private final TeamRosters teams;
    private final WorkshopService workshops;
    private final AssessmentSeeder assessments;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private int created;

    DemoDataLoader(
            AccountService accounts,
            TeamRosters teams,
            WorkshopService workshops,
            AssessmentSeeder assessments,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.workshops = workshops;
        this.assessments = assessments;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void runAtStartup() {
        // The facilitator marks a loaded demo; "admin" may be the configured first administrator.
        if (accounts.exists("facilitator")) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        if (!accounts.exists("admin")) {
            account("admin", "Alex Morgan", hash, Role.ADMIN);
        }
        account("hr", "Hanna Roth", hash, Role.HR);
        var facilitator = account("facilitator", "Fiona Hart", hash, Role.FACILITATOR);

        var sales = team(DemoTeams.SALES_TEAM, DemoTeams.SALES_ORGANISATION, DemoTeams.SALES, hash);
        var product = team(DemoTeams.PRODUCT_TEAM, DemoTeams.PRODUCT_ORGANISATION, DemoTeams.PRODUCT, hash);
        var today = LocalDate.now(clock);
        workshops.create(new Workshop(
                sales,
                facilitator,
                "Sales leadership offsite",
                WorkshopStatus.COLLECTING,
                today.plusDays(14),
                clock.instant()));
        workshops.create(new Workshop(
                product,
                facilitator,
                "Product leadership team day",
                WorkshopStatus.PLANNED,
                today.plusDays(45),
                clock.instant()));

        var executive = accounts.findAccount("executive").orElseThrow();
        assessments.assignOpenAssessment(executive, "facilitator", clock.instant());
        log.info("Loaded demo data: {} accounts, 2 teams (password for every demo account: '{}')", created, PASSWORD);
    }

    private Team team(String name, String organisation, List<DemoPerson> people, String hash) {
        var team = new Team(name, organisation, clock.instant());
        var answeredAt = clock.instant().minus(Duration.ofDays(3));
        for (var person : people) {
            var user = account(person.username(), person.name(), hash, Role.EXECUTIVE);
            team.addMember(user, person.leader() ? TeamRole.LEADER : TeamRole.MEMBER, person.jobTitle());
            assessments.seedSubmittedAssessment(user, person.d(), person.i(), person.s(), person.c(), answeredAt);
        }
        teams.create(team);
        return team;
    }

    private UserAccount account(String username, String name, String hash, Role role) {
        created++;
        return accounts.createAccount(username, name, hash, Set.of(role));
    }
}
