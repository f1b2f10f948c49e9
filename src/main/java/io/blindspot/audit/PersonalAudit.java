package io.blindspot.audit;

import io.blindspot.base.UtcColumns;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as it concerns one person: the entries about them and the ones they caused, for
 * their export, and the one exception to "append-only": when a person is erased, older entries
 * keep what happened and when, but no longer the person's name, username or e-mail address.
 */
@Service
public class PersonalAudit {

    private final JdbcTemplate jdbc;

    PersonalAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries about the person or done by them, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> involving(long userId, String username) {
        return jdbc.query(
                "select occurred_at, actor, action, subject_user_id, target, detail from audit_event"
                        + " where subject_user_id = ? or actor = ? order by occurred_at desc, id desc",
                (rs, n) -> new AuditEntry(
                        UtcColumns.read(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getObject("subject_user_id") == null ? null : rs.getLong("subject_user_id"),
                        rs.getString("target"),
                        rs.getString("detail")),
                userId,
                username);
    }

    /**
     * Replaces the person's identifiers in older entries with the pseudonym. Their username is
     * replaced only in entries that concern them (by subject, actor or target), because a short
     * username could occur inside other words elsewhere; their name and e-mail address are
     * distinctive enough to be replaced wherever they occur.
     *
     * @return how many entries were changed
     */
    @Transactional
    public int forget(long userId, String username, String displayName, String email, String pseudonym) {
        String target = "user:" + username;
        int changed = jdbc.update(
                "update audit_event set"
                        + " actor = case when actor = ? then ? else actor end,"
                        + " target = replace(target, ?, ?),"
                        + " detail = replace(detail, ?, ?)"
                        + " where subject_user_id = ? or actor = ? or target = ?",
                username,
                pseudonym,
                username,
                pseudonym,
                username,
                pseudonym,
                userId,
                username,
                target);
        changed += replaceEverywhere(displayName, pseudonym);
        if (email != null && !email.isBlank()) {
            changed += replaceEverywhere(email, pseudonym);
        }
        return changed;
    }

    private int replaceEverywhere(String text, String pseudonym) {
        String like = "%" + text + "%";
        return jdbc.update(
                "update audit_event set actor = replace(actor, ?, ?), target = replace(target, ?, ?),"
                        + " detail = replace(detail, ?, ?) where actor like ? or target like ? or detail like ?",
                text,
                pseudonym,
                text,
                pseudonym,
                text,
                pseudonym,
                like,
                like,
                like);
    }
}
