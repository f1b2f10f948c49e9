package io.blindspot.demo;

import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.base.StartupStep;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccount;
import io.blindspot.team.Team;
import io.blindspot.team.TeamRole;
import io.blindspot.team.TeamRosters;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.WorkshopSeeder;
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
    private final WorkshopSeeder workshops;
    private final AssessmentSeeder assessments;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private int created;

    DemoDataLoader(
            AccountService accounts,
            TeamRosters teams,
            WorkshopSeeder workshops,
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
        // A second facilitator who runs no workshop, so anyone can try that access is refused.
        account("coach", "Colin Reyes", hash, Role.FACILITATOR);

        var today = LocalDate.now(clock);
        var sales = team(DemoTeams.SALES_TEAM, DemoTeams.SALES_ORGANISATION, DemoTeams.SALES, hash);
        long offsite = workshops.workshop(
                sales, facilitator, "Sales leadership offsite", WorkshopStatus.COLLECTING, today.plusDays(14), today);
        seedResults(sales, DemoTeams.SALES, offsite);
        for (var person : DemoTeams.SALES) {
            boolean withholds =
                    person.username().equals("tom") || person.username().equals("greg");
            workshops.consent(offsite, person.username(), withholds ? Consent.AGGREGATE_ONLY : Consent.SHARE);
        }
        workshops.reveal(offsite);
        workshops.commitment(
                offsite,
                "UNIFORM_TASK_DOMINANCE",
                "Replace the monthly numbers review with a weekly 30-minute coaching conversation on one behaviour per rep.",
                "executive",
                today.plusDays(30));
        workshops.commitment(
                offsite,
                "UNIFORM_TASK_DOMINANCE",
                "Meet two top performers one-to-one and ask what keeps them here and what would make them leave.",
                "dana",
                today.plusDays(14));

        var product = team(DemoTeams.PRODUCT_TEAM, DemoTeams.PRODUCT_ORGANISATION, DemoTeams.PRODUCT, hash);
        long teamDay = workshops.workshop(
                product,
                facilitator,
                "Product leadership team day",
                WorkshopStatus.PLANNED,
                today.plusDays(45),
                today.plusDays(30));
        seedResults(product, DemoTeams.PRODUCT, teamDay);

        var executive = accounts.findAccount("executive").orElseThrow();
        assessments.assignOpenAssessment(executive, "facilitator", clock.instant());
        log.info("Loaded demo data: {} accounts, 2 teams (password for every demo account: '{}')", created, PASSWORD);
    }

    private Team team(String name, String organisation, List<DemoPerson> people, String hash) {
        var team = new Team(name, organisation, clock.instant());
        for (var person : people) {
            var user = account(person.username(), person.name(), hash, Role.EXECUTIVE);
            team.addMember(user, person.leader() ? TeamRole.LEADER : TeamRole.MEMBER, person.jobTitle());
        }
        teams.create(team);
        return team;
    }

    /** Each person's submitted questionnaire, answered for the workshop. */
    private void seedResults(Team team, List<DemoPerson> people, long workshopId) {
        var answeredAt = clock.instant().minus(Duration.ofDays(3));
        for (var person : people) {
            var user = team.getMemberships().stream()
                    .map(m -> m.getUser())
                    .filter(u -> u.getUsername().equals(person.username()))
                    .findFirst()
                    .orElseThrow();
            assessments.seedSubmittedAssessment(
                    user, workshopId, person.d(), person.i(), person.s(), person.c(), answeredAt);
        }
    }

    private UserAccount account(String username, String name, String hash, Role role) {
        created++;
        var account = accounts.createAccount(username, name, hash, Set.of(role));
        account.setEmail(username + "@" + DemoTeams.MAIL_DOMAIN);
        return account;
    }
}
