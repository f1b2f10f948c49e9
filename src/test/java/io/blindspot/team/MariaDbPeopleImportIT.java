package io.blindspot.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.support.MariaDbSpringTest;
import io.blindspot.team.PeopleImport.ImportRefused;
import io.blindspot.team.PeopleImport.RowProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Onboarding people from CSV on the real MariaDB server: dry run with row errors, then the import. */
@MariaDbSpringTest
class MariaDbPeopleImportIT {

    @Autowired
    PeopleImport people;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamRosters teams;

    @Autowired
    SetPasswordLinks links;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    String run;

    @BeforeEach
    void asAdmin() {
        run = Long.toString(System.nanoTime(), 36);
        signIn("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_dry_run_lists_each_problem_by_row_and_column_and_writes_nothing() {
        String file =
                """
                name,email,username,roles,team
                Good Person,good.%1$s@example.com,good.%1$s,EXECUTIVE,Team %1$s
                ,not-an-address,admin,CEO,Team %1$s
                Twin One,twin.%1$s@example.com,twin.%1$s,Executive;Facilitator,
                Twin Two,twin.%1$s@example.com,twin.%1$s,,
                """
                        .formatted(run);

        var plan = people.dryRun(file);

        assertThat(plan.problems())
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(
                        tuple(3, "roles"),
                        tuple(3, "name"),
                        tuple(3, "email"),
                        tuple(3, "username"),
                        tuple(5, "username"),
                        tuple(5, "email"));
        assertThat(plan.problems().get(0).message()).contains("Unknown role 'CEO'");
        assertThat(plan.problems().get(3).message()).contains("'admin' is taken");
        assertThat(plan.problems().get(4).message()).contains("already in row 4");
        assertThat(plan.rows()).hasSize(4);
        assertThat(plan.rows().get(2).person().roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.FACILITATOR);
        assertThat(accounts.exists("good." + run)).isFalse();

        assertThatThrownBy(() -> people.importPeople(file)).isInstanceOf(ImportRefused.class);
        assertThat(accounts.exists("good." + run))
                .as("a file with problems imports nobody")
                .isFalse();
    }

    @Test
    void a_missing_column_is_reported_on_the_header_row() {
        var plan = people.dryRun("name,username\nA,b\n");

        assertThat(plan.problems())
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(tuple(1, "email"), tuple(1, "roles"), tuple(1, "team"));
    }

    @Test
    void the_import_creates_accounts_with_links_creates_a_new_team_and_joins_an_existing_one() {
        String team = "Import team " + run;
        var first = people.importPeople(
                """
                Name,E-mail,Username,Roles,Team
                Ada Import,ada.%1$s@example.com,ada.%1$s,EXECUTIVE,%2$s
                Bo Import,,bo.%1$s,FACILITATOR|HR,
                """
                        .formatted(run, team));

        assertThat(first).hasSize(2);
        assertThat(accounts.findAccount("bo." + run).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.FACILITATOR, Role.HR);
        String link = first.get(0).link().link();
        assertThat(links.usernameFor(link.substring(link.indexOf("token=") + 6)))
                .contains("ada." + run);
        var created = teams.all().stream()
                .filter(t -> t.name().equals(team))
                .findFirst()
                .orElseThrow();
        assertThat(created.organisation()).isEqualTo(PeopleImport.ORGANISATION);

        people.importPeople(
                """
                name,email,username,roles,team
                Cy Import,cy.%1$s@example.com,cy.%1$s,,%2$s
                """
                        .formatted(run, team.toUpperCase()));

        var joined = teams.roster(created.id()).orElseThrow();
        assertThat(joined.members()).extracting(m -> m.username()).containsExactlyInAnyOrder("ada." + run, "cy." + run);
        long cy = accounts.findAccount("cy." + run).orElseThrow().getId();
        assertThat(accounts.findAccount("cy." + run).orElseThrow().getRoles()).containsExactly(Role.EXECUTIVE);
        assertThat(audit.about(cy)).extracting(AuditEntry::action).contains("ACCOUNT_CREATED", "TEAM_MEMBER_ADDED");
    }

    @Test
    void only_administrators_import_people() {
        signIn("facilitator");

        assertThatThrownBy(() -> people.dryRun("name,email,username,roles,team\n"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
