package io.blindspot.rules.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.blindspot.assessment.AnswerService;
import io.blindspot.assessment.InstrumentCatalog;
import io.blindspot.assessment.instrument.InstrumentItem;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.store.PublishedRuleSet;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import io.blindspot.support.BlindspotSpringTest;
import io.blindspot.support.FreshAssessments;
import io.blindspot.team.TeamRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A team's stored evaluation follows its members' results: a retake makes it stale, it is evaluated
 * again after the commit on another thread, a reader never gets the stale one as current, and it
 * records the rule-set version that actually produced it.
 */
@BlindspotSpringTest
class TeamEvaluationIT {

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Autowired
    TeamEvaluationService evaluations;

    @Autowired
    TeamRepository teams;

    @Autowired
    AnswerService answers;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    RuleBaseService ruleBase;

    @Autowired
    PublishedRuleSetRepository ruleSets;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_retake_is_evaluated_again_after_the_commit_without_anyone_asking() {
        long sales = teamId("Sales leadership");
        actAs("facilitator", "FACILITATOR");
        var before = evaluations.latestEvaluation(sales);
        assertThat(missingStyle(before, "I"))
                .as("Mike's demo I is 42: nobody leads with I")
                .isTrue();

        Instant submitted = retakeAsMikeWithHighInfluence();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var newest = jdbc.queryForMap(
                    "select id, evaluated_by, evaluated_at from evaluation where team_id = ?"
                            + " order by evaluated_at desc, id desc limit 1",
                    sales);
            assertThat(((java.sql.Timestamp) newest.get("evaluated_at")).toInstant())
                    .isAfterOrEqualTo(submitted);
            assertThat(newest.get("evaluated_by")).isEqualTo("system");
            assertThat(jdbc.queryForObject(
                            "select count(*) from finding where evaluation_id = ? and code = 'MISSING_STYLE'"
                                    + " and evidence like '%\"scale\":\"I\"%'",
                            Integer.class, newest.get("id")))
                    .isZero();
        });
    }

    @Test
    void the_findings_page_never_shows_an_evaluation_from_before_a_retake_as_current() {
        long sales = teamId("Sales leadership");
        actAs("facilitator", "FACILITATOR");
        evaluations.latestEvaluation(sales);

        retakeAsMikeWithHighInfluence();
        actAs("facilitator", "FACILITATOR");
        var after = evaluations.latestEvaluation(sales);

        assertThat(after.stale()).isFalse();
        assertThat(after.completedResults()).isEqualTo(7);
        assertThat(after.teamSize()).isEqualTo(7);
        assertThat(missingStyle(after, "I")).isFalse();
    }

    @Test
    void the_stored_version_is_the_one_that_produced_the_evaluation_even_when_another_went_live_since() {
        int before = ruleBase.status().liveVersion();
        var evaluation = ruleBase.evaluate(new TeamInput(null, "Empty", 1, List.of()));
        var original = RuleSetSource.fromDirectory(Path.of("rules"));
        try {
            publish(withComment(original));
            assertThat(ruleBase.status().liveVersion()).isGreaterThan(before);

            assertThat(ruleBase.storedVersionOf(evaluation).orElseThrow().getVersion())
                    .isEqualTo(before);
        } finally {
            publish(original);
        }
    }

    private void publish(RuleSetSource source) {
        int next = ruleSets.findLatestVersionNumber().orElse(0) + 1;
        ruleSets.save(new PublishedRuleSet(
                next, source.contentHash(), "TEST", "test", "test", Instant.now(), null, null, source.files()));
        ruleBase.pickUpNewerVersion();
        assertThat(ruleBase.status().liveVersion()).isEqualTo(next);
    }

    private static RuleSetSource withComment(RuleSetSource source) {
        var files = new HashMap<>(source.files());
        files.put(
                RuleSetSource.PARAMETERS,
                files.get(RuleSetSource.PARAMETERS) + "\n# changed by " + TeamEvaluationIT.class.getSimpleName());
        return RuleSetSource.of(files);
    }

    /** Mike (the demo's executive) answers a new assessment with I as high as it goes, and submits. */
    private Instant retakeAsMikeWithHighInfluence() {
        long assessment = fresh.assignTo("executive");
        actAs("executive", "EXECUTIVE");
        var instrument = catalog.instrumentOf(catalog.latest(InstrumentCatalog.DEFAULT_INSTRUMENT));
        for (InstrumentItem item : instrument.items()) {
            answers.saveAnswer(assessment, item.id(), valueFor(item));
        }
        Instant submitted = Instant.now().minusMillis(5);
        answers.submit(assessment);
        SecurityContextHolder.clearContext();
        return submitted;
    }

    /** High D and I, low S, middling C; reverse-keyed items answered the other way round. */
    private static int valueFor(InstrumentItem item) {
        int keyed =
                switch (item.scale()) {
                    case D, I -> 5;
                    case S -> 1;
                    case C -> 4;
                };
        return item.reverseKeyed() ? 6 - keyed : keyed;
    }

    private static boolean missingStyle(StoredTeamEvaluation evaluation, String scale) {
        return evaluation.findings().stream()
                .anyMatch(f -> f.code().equals("MISSING_STYLE")
                        && scale.equals(f.evidence().get("scale")));
    }

    private static void actAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    private long teamId(String name) {
        return teams.findAll().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
