package io.blindspot.assessment;

import io.blindspot.base.Messages;
import io.blindspot.base.UtcColumns;
import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Style;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's assessments for the privacy module: everything stored (answers with their times,
 * results, what the report says) for their export, the erasure of it all, and the retention rule
 * that detaches old results from people. No role check here: the privacy services decide whose.
 */
@Service
public class PersonalAssessments {

    private final JdbcTemplate jdbc;

    PersonalAssessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One answer as stored: the item, the value 1–5 and when it was last given. */
    public record StoredAnswer(String itemId, int value, Instant answeredAt) {}

    /**
     * The scored result; {@code report} is what the personal report says about it (in English, as the
     * JSON export has it; {@link #reportIn} in the reader's language).
     */
    public record StoredResult(
            double d,
            double i,
            double s,
            double c,
            double peopleVsTask,
            double pace,
            String style,
            double intensity,
            List<String> qualityFlags,
            Long durationSeconds,
            Instant scoredAt,
            Report report) {

        /** What the personal report says, in the reader's language: the report view's own texts. */
        public Report reportIn(Locale reader) {
            var known = Style.valueOf(style);
            String prefix = "assessment.style." + known.name();
            return new Report(
                    Messages.text(prefix + ".label", reader),
                    Messages.text(prefix + ".description", reader),
                    numbered(prefix + ".strengths.", known.strengths().size(), reader),
                    numbered(prefix + ".watch-outs.", known.watchOuts().size(), reader),
                    qualityFlags.stream()
                            .map(f -> Messages.text(
                                    "assessment.flag." + QualityFlag.valueOf(f).name(), reader))
                            .toList());
        }

        private static List<String> numbered(String prefix, int count, Locale reader) {
            return IntStream.rangeClosed(1, count)
                    .mapToObj(n -> Messages.text(prefix + n, reader))
                    .toList();
        }
    }

    /** The personal report's words for a result: the style and what each quality flag means. */
    public record Report(
            String style,
            String description,
            List<String> strengths,
            List<String> watchOuts,
            List<String> qualityNotes) {}

    public record StoredAssessment(
            long id,
            String instrument,
            String instrumentTitle,
            int instrumentVersion,
            String status,
            Long workshopId,
            Instant assignedAt,
            String assignedBy,
            Instant startedAt,
            Instant submittedAt,
            List<StoredAnswer> answers,
            StoredResult result) {}

    /** Every assessment of the person, oldest first, with answers in item order. */
    @Transactional(readOnly = true)
    public List<StoredAssessment> of(long userId) {
        return jdbc.query(
                "select a.id, v.instrument_key, v.title, v.version, a.status, a.workshop_id, a.assigned_at,"
                        + " a.assigned_by, a.started_at, a.submitted_at from assessment a"
                        + " join instrument_version v on v.id = a.instrument_version_id"
                        + " where a.user_id = ? order by a.assigned_at, a.id",
                (rs, n) -> {
                    long id = rs.getLong("id");
                    return new StoredAssessment(
                            id,
                            rs.getString("instrument_key"),
                            rs.getString("title"),
                            rs.getInt("version"),
                            rs.getString("status"),
                            rs.getObject("workshop_id") == null ? null : rs.getLong("workshop_id"),
                            UtcColumns.read(rs, "assigned_at"),
                            rs.getString("assigned_by"),
                            UtcColumns.read(rs, "started_at"),
                            UtcColumns.read(rs, "submitted_at"),
                            answers(id),
                            result(id));
                },
                userId);
    }

    private List<StoredAnswer> answers(long assessmentId) {
        return jdbc.query(
                "select item_id, answer_value, answered_at from answer where assessment_id = ? order by item_id",
                (rs, n) -> new StoredAnswer(
                        rs.getString("item_id"), rs.getInt("answer_value"), UtcColumns.read(rs, "answered_at")),
                assessmentId);
    }

    private StoredResult result(long assessmentId) {
        return jdbc
                .query(
                        "select * from assessment_result where assessment_id = ?",
                        PersonalAssessments::result,
                        assessmentId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static StoredResult result(ResultSet rs, int n) throws SQLException {
        String flags = rs.getString("quality_flags");
        List<String> qualityFlags = flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split(","));
        String style = rs.getString("style");
        return new StoredResult(
                rs.getDouble("score_d"),
                rs.getDouble("score_i"),
                rs.getDouble("score_s"),
                rs.getDouble("score_c"),
                rs.getDouble("people_vs_task"),
                rs.getDouble("pace"),
                style,
                rs.getDouble("intensity"),
                qualityFlags,
                rs.getObject("duration_seconds") == null ? null : rs.getLong("duration_seconds"),
                UtcColumns.read(rs, "scored_at"),
                report(style, qualityFlags));
    }

    private static Report report(String style, List<String> flags) {
        var known = Style.valueOf(style);
        return new Report(
                known.label(),
                known.description(),
                known.strengths(),
                known.watchOuts(),
                flags.stream().map(f -> QualityFlag.valueOf(f).explanation()).toList());
    }

    /**
     * Removes every assessment of the person with its answers and result, and the person's name from
     * the assessments they assigned to others.
     *
     * @return how many assessments were removed
     */
    @Transactional
    public int erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from answer where assessment_id in (select id from assessment where user_id = ?)", userId);
        jdbc.update(
                "delete from assessment_result where assessment_id in (select id from assessment where user_id = ?)",
                userId);
        int removed = jdbc.update("delete from assessment where user_id = ?", userId);
        jdbc.update("update assessment set assigned_by = ? where assigned_by = ?", pseudonym, username);
        return removed;
    }

    /**
     * Retention: results scored before {@code cutoff} keep their scores (for counts and the
     * answering-time median) but lose their person, their workshop and their answers.
     *
     * @return how many results were anonymised
     */
    @Transactional
    public int anonymiseResultsScoredBefore(Instant cutoff, Instant now) {
        List<Long> due = jdbc.queryForList(
                "select a.id from assessment a join assessment_result r on r.assessment_id = a.id"
                        + " where r.scored_at < ? and a.user_id is not null",
                Long.class,
                UtcColumns.write(cutoff));
        for (Long id : due) {
            jdbc.update("delete from answer where assessment_id = ?", id);
            jdbc.update(
                    "update assessment set user_id = null, workshop_id = null, assigned_by = null, anonymised_at = ?"
                            + " where id = ?",
                    UtcColumns.write(now),
                    id);
        }
        return due.size();
    }
}
