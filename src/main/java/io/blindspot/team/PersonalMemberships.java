package io.blindspot.team;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's team memberships for the privacy module: listed in their export, removed when they
 * are erased. No role check here: the privacy services decide whose.
 */
@Service
public class PersonalMemberships {

    private final JdbcTemplate jdbc;

    PersonalMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Membership(long teamId, String team, String organisation, String role, String jobTitle) {}

    @Transactional(readOnly = true)
    public List<Membership> of(long userId) {
        return jdbc.query(
                "select t.id, t.name, t.organisation, m.team_role, m.job_title from team_membership m"
                        + " join team t on t.id = m.team_id where m.user_id = ? order by t.name",
                (rs, n) -> new Membership(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("organisation"),
                        rs.getString("team_role"),
                        rs.getString("job_title")),
                userId);
    }

    /**
     * Takes the person out of every team.
     *
     * @return the teams they were in, to be evaluated again without them
     */
    @Transactional
    public List<Long> leaveAll(long userId) {
        List<Long> teams =
                jdbc.queryForList("select team_id from team_membership where user_id = ?", Long.class, userId);
        jdbc.update("delete from team_membership where user_id = ?", userId);
        return teams;
    }
}
