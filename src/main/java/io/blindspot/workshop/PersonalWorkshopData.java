package io.blindspot.workshop;

import io.blindspot.base.UtcColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's part in workshops for the privacy module: their consents, commitments and notices
 * for their export, and the erasure of them. No role check here: the privacy services decide whose.
 */
@Service
public class PersonalWorkshopData {

    private final JdbcTemplate jdbc;

    PersonalWorkshopData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A workshop the person was invited to, with the consent they gave for it. */
    public record StoredConsent(
            long workshopId,
            String workshop,
            String consent,
            Instant consentChangedAt,
            Instant invitedAt,
            Instant lastRemindedAt) {}

    public record StoredCommitment(
            long workshopId,
            String workshop,
            String findingCode,
            String text,
            LocalDate dueOn,
            String status,
            Instant createdAt,
            Instant updatedAt) {}

    public record StoredNotice(long workshopId, String kind, String message, String link, Instant createdAt) {}

    @Transactional(readOnly = true)
    public List<StoredConsent> consentsOf(long userId) {
        return jdbc.query(
                "select w.id, w.title, p.consent, p.consent_changed_at, p.invited_at, p.last_reminded_at"
                        + " from workshop_participant p join workshop w on w.id = p.workshop_id"
                        + " where p.user_id = ? order by p.invited_at, w.id",
                (rs, n) -> new StoredConsent(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("consent"),
                        UtcColumns.read(rs, "consent_changed_at"),
                        UtcColumns.read(rs, "invited_at"),
                        UtcColumns.read(rs, "last_reminded_at")),
                userId);
    }

    @Transactional(readOnly = true)
    public List<StoredCommitment> commitmentsOf(long userId) {
        return jdbc.query(
                "select w.id, w.title, c.finding_code, c.text, c.due_on, c.status, c.created_at, c.updated_at"
                        + " from commitment c join workshop w on w.id = c.workshop_id"
                        + " where c.owner_id = ? order by c.created_at, c.id",
                (rs, n) -> new StoredCommitment(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("finding_code"),
                        rs.getString("text"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("status"),
                        UtcColumns.read(rs, "created_at"),
                        UtcColumns.read(rs, "updated_at")),
                userId);
    }

    @Transactional(readOnly = true)
    public List<StoredNotice> noticesOf(long userId) {
        return jdbc.query(
                "select workshop_id, kind, message, link, created_at from workshop_notice"
                        + " where user_id = ? order by created_at, id",
                (rs, n) -> new StoredNotice(
                        rs.getLong("workshop_id"),
                        rs.getString("kind"),
                        rs.getString("message"),
                        rs.getString("link"),
                        UtcColumns.read(rs, "created_at")),
                userId);
    }

    /**
     * Removes the person's invitations (with their consent), commitments and notices, and the kept
     * evaluations of their teams' workshops, which named them: a debrief opened later is evaluated
     * again from the results that remain.
     */
    @Transactional
    public void erase(long userId, Collection<Long> teamIds, String username, String displayName) {
        jdbc.update("delete from workshop_participant where user_id = ?", userId);
        jdbc.update("delete from commitment where owner_id = ?", userId);
        jdbc.update("delete from workshop_notice where user_id = ?", userId);
        for (Long team : teamIds) {
            forgetEvaluation("team_id = ?", team);
        }
        forgetEvaluation("evaluation_json like ?", "%\"" + username + "\"%");
        forgetEvaluation("evaluation_json like ?", "%" + displayName + "%");
    }

    /**
     * Retention: a workshop's kept evaluation made before the cut-off names members and their scores,
     * so it is dropped like the results it was made from; the debrief is evaluated again if opened.
     *
     * @return how many workshops lost their kept evaluation
     */
    @Transactional
    public int forgetEvaluationsMadeBefore(Instant cutoff) {
        return forgetEvaluation("evaluated_at < ?", UtcColumns.write(cutoff));
    }

    private int forgetEvaluation(String where, Object value) {
        return jdbc.update(
                "update workshop set evaluation_json = null, evaluation_rule_set_version = null, evaluated_at = null"
                        + " where " + where,
                value);
    }
}
