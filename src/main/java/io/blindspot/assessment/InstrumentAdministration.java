package io.blindspot.assessment;

import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.security.AccountService;
import io.blindspot.security.AccountService.AccountSummary;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Facilitation;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instrument versions and assignments: administrators import new versions; administrators assign
 * an instrument to anyone, facilitators to members of the teams they facilitate.
 */
@Service
@Transactional
public class InstrumentAdministration {

    private final InstrumentCatalog catalog;
    private final InstrumentVersionRepository versions;
    private final AssessmentRepository assessments;
    private final AccountService accounts;
    private final Facilitation facilitation;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    InstrumentAdministration(
            InstrumentCatalog catalog,
            InstrumentVersionRepository versions,
            AssessmentRepository assessments,
            AccountService accounts,
            Facilitation facilitation,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.catalog = catalog;
        this.versions = versions;
        this.assessments = assessments;
        this.accounts = accounts;
        this.facilitation = facilitation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    @Transactional(readOnly = true)
    public List<InstrumentVersionSummary> versions() {
        return versions.findAll().stream()
                .map(InstrumentVersionSummary::of)
                .sorted(Comparator.comparing(InstrumentVersionSummary::instrumentKey)
                        .thenComparing(InstrumentVersionSummary::version))
                .toList();
    }

    /**
     * Validates and stores an instrument file; problems come back as exceptions that name item and
     * problem. The identical file again stores nothing and says so.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public InstrumentImport importInstrument(String yaml, String sourceName) {
        var stored = catalog.storeOrFind(yaml, sourceName);
        var version = stored.version();
        if (!stored.alreadyStored()) {
            audit.record(
                    currentUser.username(),
                    "INSTRUMENT_IMPORTED",
                    null,
                    "instrument:" + version.getInstrumentKey() + ":" + version.getVersion(),
                    sourceName);
        }
        return new InstrumentImport(InstrumentVersionSummary.of(version), stored.alreadyStored());
    }

    /**
     * What an import did.
     *
     * @param alreadyStored true when the identical version was stored before and nothing changed
     */
    public record InstrumentImport(InstrumentVersionSummary version, boolean alreadyStored) {}

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    @Transactional(readOnly = true)
    public List<Assignee> assignablePeople() {
        List<AccountSummary> people = currentUser.hasRole(Role.ADMIN)
                ? accounts.accountsWithRole(Role.EXECUTIVE)
                : accounts.accountsNamed(facilitation.peopleFacilitatedBy(currentUser.username()));
        return people.stream()
                .map(a -> new Assignee(a.username(), a.displayName()))
                .toList();
    }

    /**
     * Assigns an instrument version to a person. Refused when the caller may not assign to that
     * person, or when the person already has an unfinished assessment of that version.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    public long assign(String username, long instrumentVersionId) {
        if (assignablePeople().stream().noneMatch(a -> a.username().equals(username))) {
            throw new AccessDeniedException("You may not assign assessments to '" + username + "'.");
        }
        UserAccount person = accounts.findAccount(username).orElseThrow();
        var version = versions.findById(instrumentVersionId)
                .orElseThrow(() -> new InputRefused("assessment.refused.no-version", instrumentVersionId));
        boolean open = assessments.findAssignedTo(username).stream()
                .anyMatch(a -> a.getInstrument().getId().equals(instrumentVersionId)
                        && a.getStatus() != AssessmentStatus.SUBMITTED);
        if (open) {
            throw new InputRefused(
                    "assessment.refused.unfinished", person.getDisplayName(), version.getTitle(), version.getVersion());
        }
        var assessment = assessments.save(new Assessment(person, version, currentUser.username(), clock.instant()));
        audit.record(
                currentUser.username(),
                "ASSESSMENT_ASSIGNED",
                person.getId(),
                "assessment:" + assessment.getId(),
                version.getInstrumentKey() + " v" + version.getVersion());
        return assessment.getId();
    }
}
