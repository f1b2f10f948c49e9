package io.blindspot.rules.live;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rule base stored about a person who is erased. Stored evaluations of their teams keep
 * only their counts (when, how many results of how many members), their findings and coaching
 * actions go; findings elsewhere that name the person go too; the teams are evaluated again
 * without them. Rule versions and drafts they authored keep their content under the pseudonym.
 */
@Service
@NamedInterface("evaluation")
public class ErasedMembers {

    private final JdbcTemplate jdbc;
    private final TeamEvaluationService evaluations;
    private final RuleBaseService ruleBase;

    ErasedMembers(JdbcTemplate jdbc, TeamEvaluationService evaluations, RuleBaseService ruleBase) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.ruleBase = ruleBase;
    }

    /**
     * @param teamIds the teams the person was in (they have already left them)
     * @return how many teams were evaluated again; 0 when the rule engine is unavailable, in which
     *     case the next look at a team evaluates it (its stored evaluation no longer matches)
     */
    @Transactional
    public int forget(Collection<Long> teamIds, String username, String displayName, String pseudonym) {
        for (Long team : teamIds) {
            jdbc.update(
                    "delete from coaching_action where evaluation_id in (select id from evaluation where team_id = ?)",
                    team);
            jdbc.update(
                    "delete from finding where evaluation_id in (select id from evaluation where team_id = ?)", team);
        }
        String name = "%" + displayName + "%";
        jdbc.update(
                "delete from coaching_action where member_id = ? or action_text like ? or first_step like ?",
                username,
                name,
                name);
        jdbc.update(
                "delete from finding where concat(',', member_ids, ',') like ? or evidence like ? or evidence like ?"
                        + " or explanation like ? or title like ?",
                "%," + username + ",%",
                "%\"" + username + "\"%",
                name,
                name,
                name);
        jdbc.update("update evaluation set evaluated_by = ? where evaluated_by = ?", pseudonym, username);
        jdbc.update("update rule_set_version set author = ? where author = ?", pseudonym, username);
        jdbc.update("update rule_draft set author = ? where author = ?", pseudonym, username);
        if (teamIds.isEmpty() || !ruleBase.status().available()) {
            return 0;
        }
        return evaluations.reevaluateTeams(teamIds, "system");
    }
}
