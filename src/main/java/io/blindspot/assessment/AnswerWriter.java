package io.blindspot.assessment;

import io.blindspot.base.UtcColumns;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hot path of taking a questionnaire: one answer is one statement. The insert-or-update carries
 * the owner and "not submitted" checks in its own WHERE clause, so it needs neither a lock on the
 * assessment nor a read before it; zero rows written means refused (the caller finds out why).
 * Under load (issue 14) the previous JPA path — a pessimistic lock with the owner fetched, a read of
 * the existing row, a flush and a count — held a pooled connection for six statements per answer.
 */
@Component
class AnswerWriter {

    private static final String UPSERT = "insert into answer (assessment_id, item_id, answer_value, answered_at)"
            + " select a.id, ?, ?, ? from assessment a join app_user u on u.id = a.user_id"
            + " where a.id = ? and u.username = ? and a.status <> 'SUBMITTED'"
            + " on duplicate key update answer_value = values(answer_value), answered_at = values(answered_at)";

    private static final String MARK_STARTED = "update assessment set status = 'IN_PROGRESS', started_at = ?,"
            + " lock_version = lock_version + 1 where id = ? and status = 'NOT_STARTED'";

    private final JdbcTemplate jdbc;

    AnswerWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the item's row when the assessment is the user's and open; false when nothing was written. */
    boolean upsert(long assessmentId, String username, String itemId, int value, Instant at) {
        int rows = jdbc.update(UPSERT, ps -> {
            ps.setString(1, itemId);
            ps.setInt(2, value);
            ps.setObject(3, UtcColumns.write(at));
            ps.setLong(4, assessmentId);
            ps.setString(5, username);
        });
        return rows > 0;
    }

    /** The first answer moves the assessment from not started to in progress; later calls change nothing. */
    void markStarted(long assessmentId, Instant at) {
        jdbc.update(MARK_STARTED, ps -> {
            ps.setObject(1, UtcColumns.write(at));
            ps.setLong(2, assessmentId);
        });
    }
}
