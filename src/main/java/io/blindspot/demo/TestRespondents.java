package io.blindspot.demo;

import io.blindspot.assessment.BulkAssignments;
import io.blindspot.assessment.BulkAssignments.OpenAssessment;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountProvisioning;
import io.blindspot.security.AccountProvisioning.NewAccount;
import io.blindspot.security.AccountProvisioning.ProvisionedAccount;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Executives for a load test, each with an unfinished questionnaire, created through the same
 * services an administrator uses. Asking again for the same respondents creates nothing twice.
 */
@Service
class TestRespondents {

    private final AccountProvisioning accounts;
    private final BulkAssignments assignments;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    TestRespondents(
            AccountProvisioning accounts, BulkAssignments assignments, CurrentUser currentUser, AuditTrail audit) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Creates the missing accounts, gives each executive an open questionnaire, and says what happened to whom. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public List<Respondent> create(RespondentsRequest request) {
        var wanted = IntStream.rangeClosed(1, request.count())
                .mapToObj(n -> new NewAccount(request.username(n), "Load respondent " + n, Set.of(Role.EXECUTIVE)))
                .toList();
        var provisioned = accounts.provision(wanted, request.password());
        List<UserAccount> executives = provisioned.stream()
                .map(ProvisionedAccount::account)
                .filter(a -> a.hasRole(Role.EXECUTIVE))
                .toList();
        Map<String, OpenAssessment> open = assignments.ensureOpenAssessments(executives).stream()
                .collect(Collectors.toMap(OpenAssessment::username, Function.identity()));
        long created = provisioned.stream().filter(ProvisionedAccount::created).count();
        audit.record(
                currentUser.username(),
                "TEST_RESPONDENTS_CREATED",
                null,
                "users:" + request.username(1) + ".." + request.username(request.count()),
                created + " accounts created, " + (request.count() - created) + " existed");
        return provisioned.stream()
                .map(p -> new Respondent(
                        p.account().getUsername(),
                        p.created(),
                        Optional.ofNullable(open.get(p.account().getUsername()))))
                .toList();
    }

    /** One wanted respondent: whether its account is new, and its open questionnaire (none if it is not an executive). */
    record Respondent(String username, boolean accountCreated, Optional<OpenAssessment> assessment) {}
}
