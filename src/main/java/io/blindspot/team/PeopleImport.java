package io.blindspot.team;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import io.blindspot.security.AccountAdministration;
import io.blindspot.security.AccountService;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.ManagedAccount.IssuedLink;
import io.blindspot.security.ManagedAccount.NewPerson;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboards a group of people from CSV (name, email, username, roles, team): a dry run lists every
 * problem by row and column and writes nothing; the import runs the same checks and then creates
 * all accounts, each with a one-time set-password link (e-mailed when SMTP is configured), and
 * joins or creates their teams, in one transaction: a file with any problem imports nobody.
 */
@Service
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleImport {

    /** Teams the import creates belong to this organisation. */
    static final String ORGANISATION = "Imported";

    private final PeopleCsv csv = new PeopleCsv();
    private final AccountAdministration administration;
    private final AccountService accounts;
    private final TeamImportRepository teams;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PeopleImport(
            AccountAdministration administration,
            AccountService accounts,
            TeamImportRepository teams,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock) {
        this.administration = administration;
        this.accounts = accounts;
        this.teams = teams;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reads and checks the file; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPlan dryRun(String text) {
        var parsed = csv.parse(text);
        var problems = new ArrayList<>(parsed.problems());
        var seenUsernames = new HashMap<String, Integer>();
        var seenEmails = new HashMap<String, Integer>();
        var rows = new ArrayList<PlannedPerson>();
        for (PeopleCsv.Row row : parsed.rows()) {
            boolean rolesUnreadable = parsed.problems().stream()
                    .anyMatch(p -> p.row() == row.number() && p.column().equals("roles"));
            for (var problem : administration.check(row.person())) {
                // an unknown role is already reported; "choose at least one role" would only repeat it
                if (!(rolesUnreadable && problem.field().equals("roles"))) {
                    problems.add(new RowProblem(
                            row.number(),
                            problem.field(),
                            problem.message(),
                            // the account administration's own texts, as its form shows them
                            "security.users.refused." + problem.reason().name(),
                            problem.arguments()));
                }
            }
            duplicate(seenUsernames, row.person().username(), row.number(), "username", problems);
            duplicate(seenEmails, row.person().email(), row.number(), "email", problems);
            String team = row.team();
            if (team != null && teams.findByNameIgnoreCase(team).size() > 1) {
                problems.add(RowProblem.of(row.number(), "team", "team.import.refused.team-ambiguous", team));
            }
            boolean newTeam = team != null && teams.findByNameIgnoreCase(team).isEmpty();
            rows.add(new PlannedPerson(row.number(), row.person(), team, newTeam));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new ImportPlan(rows, problems);
    }

    /**
     * Imports the file if its dry run finds no problem.
     *
     * @throws ImportRefused with the dry run's problems otherwise; nothing is written
     */
    @Transactional
    public List<Imported> importPeople(String text) {
        var plan = dryRun(text);
        if (!plan.problems().isEmpty()) {
            throw new ImportRefused(plan);
        }
        String actor = currentUser.username();
        Map<String, Team> teamsByName = new HashMap<>();
        var result = new ArrayList<Imported>();
        for (PlannedPerson row : plan.rows()) {
            IssuedLink link = administration.create(row.person());
            if (row.team() != null) {
                Team team = teamsByName.computeIfAbsent(
                        row.team().toLowerCase(java.util.Locale.ROOT), k -> team(row.team(), actor));
                var account = accounts.findAccount(link.username()).orElseThrow();
                team.addMember(account, TeamRole.MEMBER, null);
                audit.record(actor, "TEAM_MEMBER_ADDED", account.getId(), "team:" + team.getId(), "by CSV import");
            }
            result.add(new Imported(row.row(), link, row.team()));
        }
        audit.record(actor, "PEOPLE_IMPORTED", null, "users", result.size() + " accounts from CSV");
        return result;
    }

    private Team team(String name, String actor) {
        var existing = teams.findByNameIgnoreCase(name);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        var created = teams.save(new Team(name, ORGANISATION, clock.instant()));
        audit.record(actor, "TEAM_CREATED", null, "team:" + created.getId(), name + " (CSV import)");
        return created;
    }

    private static void duplicate(
            Map<String, Integer> seen, String value, int row, String column, List<RowProblem> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        Integer first = seen.putIfAbsent(value.trim().toLowerCase(java.util.Locale.ROOT), row);
        if (first != null) {
            problems.add(RowProblem.of(row, column, "team.import.refused.duplicate", value.trim(), first));
        }
    }

    /**
     * One problem: the row as a spreadsheet numbers it (the header is row 1), the column, and why:
     * in English ({@code message}) and as a text key with its arguments for the person's language.
     */
    public record RowProblem(int row, String column, String message, String key, List<Object> arguments)
            implements Explained {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }

        static RowProblem of(int row, String column, String key, Object... arguments) {
            return new RowProblem(row, column, Messages.english(key, arguments), key, List.of(arguments));
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    /** A person the import would create, and their team (new or existing), if any. */
    public record PlannedPerson(int row, NewPerson person, String team, boolean newTeam) {}

    /** What the dry run found: the people to create and every problem; importable when there are none. */
    public record ImportPlan(List<PlannedPerson> rows, List<RowProblem> problems) {}

    /** A created account: its row, its one-time link (and whether it was e-mailed), its team. */
    public record Imported(int row, IssuedLink link, String team) {}

    /** The file has problems; nothing was imported. */
    public static class ImportRefused extends RuntimeException implements Explained {
        private final transient ImportPlan plan;

        ImportRefused(ImportPlan plan) {
            super(Messages.english(
                    "team.import.refused.summary", plan.problems().size()));
            this.plan = plan;
        }

        @Override
        public String messageKey() {
            return "team.import.refused.summary";
        }

        @Override
        public Object[] messageArguments() {
            return new Object[] {plan.problems().size()};
        }

        public ImportPlan plan() {
            return plan;
        }
    }
}
