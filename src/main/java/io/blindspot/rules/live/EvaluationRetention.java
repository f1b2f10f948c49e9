package io.blindspot.rules.live;

import io.blindspot.base.UtcColumns;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention for stored team evaluations: their findings and coaching actions name members and
 * carry their scores as evidence, so an evaluation made before the retention cut-off keeps only its
 * counts (when, how many results of how many members), like the results it was made from.
 */
@Service
@NamedInterface("evaluation")
public class EvaluationRetention {

    private final JdbcTemplate jdbc;

    EvaluationRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many findings were removed */
    @Transactional
    public int forgetFindingsEvaluatedBefore(Instant cutoff) {
        var before = UtcColumns.write(cutoff);
        jdbc.update(
                "delete from coaching_action where evaluation_id in (select id from evaluation where evaluated_at < ?)",
                before);
        return jdbc.update(
                "delete from finding where evaluation_id in (select id from evaluation where evaluated_at < ?)",
                before);
    }
}
