package io.blindspot.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.assessment.PersonalAssessments;
import io.blindspot.audit.AuditTrail;
import io.blindspot.audit.PersonalAudit;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.PersonalAccount;
import io.blindspot.team.PersonalMemberships;
import io.blindspot.workshop.PersonalWorkshopData;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own data, everything stored about them. Whose data comes from the login only, so
 * nobody can export another person's data through it.
 */
@Service
public class PersonalDataExport {

    private final CurrentUser currentUser;
    private final PersonalAccount accounts;
    private final PersonalAssessments assessments;
    private final PersonalMemberships memberships;
    private final PersonalWorkshopData workshops;
    private final PersonalAudit personalAudit;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;

    PersonalDataExport(
            CurrentUser currentUser,
            PersonalAccount accounts,
            PersonalAssessments assessments,
            PersonalMemberships memberships,
            PersonalWorkshopData workshops,
            PersonalAudit personalAudit,
            AuditTrail audit,
            Clock clock,
            ObjectMapper json) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.assessments = assessments;
        this.memberships = memberships;
        this.workshops = workshops;
        this.personalAudit = personalAudit;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** Everything about the caller, to show them; looking at one's own data is not recorded. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PersonalData mine() {
        String username = currentUser.username();
        return collect(account(username), username);
    }

    /** Everything about the caller, to take away; the export is recorded (and so part of the next one). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PersonalData export() {
        String username = currentUser.username();
        var account = account(username);
        audit.record(username, "PERSONAL_DATA_EXPORTED", account.id(), "user:" + username, null);
        return collect(account, username);
    }

    /** {@link #export()} as the JSON of the API, for a download from the page. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] exportJson() {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The personal data cannot be written as JSON", e);
        }
    }

    /**
     * {@link #export()} as a readable PDF in the person's language: the one they chose, else the
     * reader's (the browser's), German or English.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] exportPdf(Locale reader) {
        var data = export();
        String chosen = data.account().language();
        return PersonalDataPdf.render(data, chosen == null ? reader : Locale.forLanguageTag(chosen));
    }

    private PersonalAccount.Account account(String username) {
        return accounts.byUsername(username)
                .orElseThrow(() -> new IllegalStateException("The signed-in account " + username + " is not stored"));
    }

    private PersonalData collect(PersonalAccount.Account account, String username) {
        long id = account.id();
        return new PersonalData(
                clock.instant(),
                account,
                accounts.tokensOf(id),
                assessments.of(id),
                memberships.of(id),
                workshops.consentsOf(id),
                workshops.commitmentsOf(id),
                workshops.noticesOf(id),
                personalAudit.involving(id, username));
    }
}
