package io.blindspot.privacy;

import io.blindspot.assessment.PersonalAssessments;
import io.blindspot.audit.AuditTrail;
import io.blindspot.audit.PersonalAudit;
import io.blindspot.rules.live.ErasedMembers;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.PersonalAccount;
import io.blindspot.security.Role;
import io.blindspot.team.PersonalMemberships;
import io.blindspot.workshop.PersonalWorkshopData;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person on their request, in one transaction: their answers, results and assessments,
 * team memberships, consents, commitments and notices are removed; their account keeps only a
 * pseudonym ({@code erased-<id>}) so that what others did with it (workshops run, rules written)
 * still adds up; stored team evaluations keep only their counts and the teams are evaluated again
 * without them; older audit entries lose their name, username and e-mail address. The erasure
 * itself is audited with who, when and whose (by pseudonym and counts, never the erased content).
 */
@Service
public class Erasure {

    static final String ACTION = "PERSON_ERASED";

    private final CurrentUser currentUser;
    private final PersonalAccount accounts;
    private final PersonalAssessments assessments;
    private final PersonalMemberships memberships;
    private final PersonalWorkshopData workshops;
    private final ErasedMembers evaluations;
    private final PersonalAudit personalAudit;
    private final AuditTrail audit;

    Erasure(
            CurrentUser currentUser,
            PersonalAccount accounts,
            PersonalAssessments assessments,
            PersonalMemberships memberships,
            PersonalWorkshopData workshops,
            ErasedMembers evaluations,
            PersonalAudit personalAudit,
            AuditTrail audit) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.assessments = assessments;
        this.memberships = memberships;
        this.workshops = workshops;
        this.evaluations = evaluations;
        this.personalAudit = personalAudit;
        this.audit = audit;
    }

    /** What an erasure did, in counts. */
    public record Erased(String pseudonym, int assessments, int teams, int teamsEvaluatedAgain) {}

    /**
     * @param confirmation the person's username typed by the administrator, so that nobody is
     *     erased by a slip of the mouse
     * @throws ErasureRefused when the confirmation does not match, the administrator names
     *     themselves, the person is the last active administrator, or is erased already
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public Erased erase(long userId, String confirmation) {
        var account = accounts.byId(userId).orElseThrow(() -> new ErasureRefused("privacy.erase.refused.no-account"));
        String pseudonym = pseudonym(userId);
        if (account.username().equals(pseudonym)) {
            throw new ErasureRefused("privacy.erase.refused.erased-already");
        }
        if (confirmation == null || !account.username().equals(confirmation.trim())) {
            throw new ErasureRefused("privacy.erase.refused.confirm", account.username());
        }
        if (account.username().equals(currentUser.username())) {
            throw new ErasureRefused("privacy.erase.refused.own-account");
        }
        if (account.enabled()
                && account.roles().contains(Role.ADMIN.name())
                && accounts.lockActiveAdministrators() <= 1) {
            throw new ErasureRefused("privacy.erase.refused.last-admin");
        }
        var teams = memberships.leaveAll(userId);
        int removed = assessments.erase(userId, account.username(), pseudonym);
        workshops.erase(userId, teams, account.username(), account.displayName());
        int evaluatedAgain = evaluations.forget(teams, account.username(), account.displayName(), pseudonym);
        personalAudit.forget(userId, account.username(), account.displayName(), account.email(), pseudonym);
        accounts.anonymise(userId, pseudonym);
        var erased = new Erased(pseudonym, removed, teams.size(), evaluatedAgain);
        audit.record(
                currentUser.username(),
                ACTION,
                userId,
                "user:" + pseudonym,
                removed + " assessment(s) removed, left " + teams.size() + " team(s), " + evaluatedAgain
                        + " evaluated again");
        return erased;
    }

    static String pseudonym(long userId) {
        return "erased-" + userId;
    }
}
