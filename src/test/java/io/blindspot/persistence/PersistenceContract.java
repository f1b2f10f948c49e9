package io.blindspot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.assessment.Answer;
import io.blindspot.assessment.AnswerRepository;
import io.blindspot.assessment.AssessmentRepository;
import io.blindspot.assessment.SubmittedResults;
import io.blindspot.rules.live.TeamEvaluationService;
import io.blindspot.security.Facilitation;
import io.blindspot.team.TeamRoster;
import io.blindspot.team.TeamRosters;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What the application needs from its database, run against the embedded default and against a
 * real MariaDB server by the two subclasses.
 */
abstract class PersistenceContract {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    TeamRosters teams;

    @Autowired
    Facilitation facilitation;

    @Autowired
    SubmittedResults results;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    AnswerRepository answers;

    @Autowired
    TeamEvaluationService evaluations;

    @Test
    void every_migration_is_applied() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void facilitated_teams_and_their_completion_come_from_one_query_each() {
        var found = teams.rosters(facilitation.teamsFacilitatedBy("facilitator"));
        assertThat(found).extracting(TeamRoster::name).containsExactly("Product leadership", "Sales leadership");

        var completed = found.stream()
                .map(team -> results.peopleWhoSubmitted(team.members().stream()
                                .map(TeamRoster.Member::userId)
                                .toList())
                        .size())
                .toList();
        assertThat(completed).containsExactlyInAnyOrder(5, 7);
    }

    @Test
    void a_second_answer_to_the_same_item_is_refused_by_the_database() {
        var assessment = assessments.findAssignedTo("raj").get(0);
        var existing = answers.findByAssessmentId(assessment.getId()).get(0);

        assertThatThrownBy(() -> answers.saveAndFlush(new Answer(assessment, existing.getItemId(), 3, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_answer_outside_one_to_five_is_refused_by_the_database() {
        var jdbc = new JdbcTemplate(dataSource);
        Long assessmentId = assessments.findAssignedTo("raj").get(0).getId();

        assertThatThrownBy(() -> jdbc.update(
                        "insert into answer (assessment_id, item_id, answer_value, answered_at) values (?, ?, ?, ?)",
                        assessmentId,
                        "not-an-item",
                        9,
                        java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails("facilitator")
    void an_evaluation_is_stored_with_its_rule_set_version_findings_evidence_and_actions() {
        long salesId = teams.rosters(facilitation.teamsFacilitatedBy("facilitator")).stream()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow()
                .id();

        var fresh = evaluations.evaluateNow(salesId);
        var reread = evaluations.latestEvaluation(salesId);

        assertThat(reread.evaluatedAt()).isEqualTo(fresh.evaluatedAt());
        assertThat(reread.ruleSetVersion()).isEqualTo(1);
        assertThat(reread.evaluatedBy()).isEqualTo("facilitator");
        var finding = reread.findings().stream()
                .filter(f -> f.code().equals("UNIFORM_TASK_DOMINANCE"))
                .findFirst()
                .orElseThrow();
        // tom and greg have not consented to share in the demo offsite: readers never get their names
        assertThat(finding.memberIds()).hasSize(5).contains("executive").doesNotContain("tom", "greg");
        assertThat(finding.evidence())
                .isNotEmpty()
                .isEqualTo(fresh.findings().stream()
                        .filter(f -> f.code().equals("UNIFORM_TASK_DOMINANCE"))
                        .findFirst()
                        .orElseThrow()
                        .evidence());
        assertThat(reread.coachingActions()).isNotEmpty().allSatisfy(a -> assertThat(a.firstStep())
                .isNotBlank());
    }
}
