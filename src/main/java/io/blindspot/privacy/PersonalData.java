package io.blindspot.privacy;

import io.blindspot.assessment.PersonalAssessments.StoredAssessment;
import io.blindspot.audit.AuditEntry;
import io.blindspot.security.PersonalAccount.Account;
import io.blindspot.security.PersonalAccount.Token;
import io.blindspot.team.PersonalMemberships.Membership;
import io.blindspot.workshop.PersonalWorkshopData.StoredCommitment;
import io.blindspot.workshop.PersonalWorkshopData.StoredConsent;
import io.blindspot.workshop.PersonalWorkshopData.StoredNotice;
import java.time.Instant;
import java.util.List;

/**
 * Everything stored about one person, as their export hands it out. The JSON names are the
 * component names (docs/api.md): each assessment carries {@code answers: [{itemId, value,
 * answeredAt}]} and its {@code result} with what the {@code report} says.
 */
public record PersonalData(
        Instant exportedAt,
        Account account,
        List<Token> apiTokens,
        List<StoredAssessment> assessments,
        List<Membership> teams,
        List<StoredConsent> consents,
        List<StoredCommitment> commitments,
        List<StoredNotice> notices,
        List<AuditEntry> auditEvents) {

    public PersonalData {
        apiTokens = List.copyOf(apiTokens);
        assessments = List.copyOf(assessments);
        teams = List.copyOf(teams);
        consents = List.copyOf(consents);
        commitments = List.copyOf(commitments);
        notices = List.copyOf(notices);
        auditEvents = List.copyOf(auditEvents);
    }

    public long answerCount() {
        return assessments.stream().mapToLong(a -> a.answers().size()).sum();
    }

    public long resultCount() {
        return assessments.stream().filter(a -> a.result() != null).count();
    }
}
