package io.blindspot.load;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * After the run: how many answers each respondent's questionnaire holds in the database, set
 * against what the participant was shown. Counts only, since the driver knows statements by number
 * and the database by item id.
 */
final class DatabaseCheck {

    private static final int IDS_PER_QUERY = 500;

    /**
     * @param stored answers in the database for the respondents' questionnaires
     * @param storedBefore answers they held when the respondents opened them
     * @param missing answers the page showed as saved but the database does not hold
     * @param unacknowledged answers the database holds that the page never showed as saved
     * @param unknown respondents whose questionnaire id the driver never learnt
     */
    record Result(long stored, long storedBefore, long missing, long unacknowledged, int unknown) {}

    static Result run(LoadSettings.Database database, List<VirtualRespondent.Outcome> outcomes) throws SQLException {
        var known = outcomes.stream().filter(o -> o.assessmentId() > 0).toList();
        Map<Long, Long> stored =
                count(database, known.stream().map(o -> o.assessmentId()).toList());
        return compare(known, stored, outcomes.size() - known.size());
    }

    static Result compare(List<VirtualRespondent.Outcome> known, Map<Long, Long> stored, int unknown) {
        long total = 0;
        long before = 0;
        long missing = 0;
        long unacknowledged = 0;
        for (var o : known) {
            long inDatabase = stored.getOrDefault(o.assessmentId(), 0L);
            total += inDatabase;
            before += Math.max(0, o.answeredAtOpen());
            missing += Math.max(0, o.answeredSeen() - inDatabase);
            unacknowledged += Math.max(0, inDatabase - Math.max(0, o.answeredSeen()));
        }
        return new Result(total, before, missing, unacknowledged, unknown);
    }

    private static Map<Long, Long> count(LoadSettings.Database database, List<Long> ids) throws SQLException {
        Map<Long, Long> stored = new HashMap<>();
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                var chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
                try (var query = connection.prepareStatement("select assessment_id, count(*) from answer"
                        + " where assessment_id in (" + marks + ") group by assessment_id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setLong(i + 1, chunk.get(i));
                    }
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            stored.put(rows.getLong(1), rows.getLong(2));
                        }
                    }
                }
            }
        }
        return stored;
    }
}
