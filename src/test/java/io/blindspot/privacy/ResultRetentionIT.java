package io.blindspot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.PersonalAssessments;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.live.EvaluationRetention;
import io.blindspot.support.MutableClock;
import io.blindspot.workshop.PersonalWorkshopData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The retention run with results kept for a year, on the demo data (submitted three days ago) in a
 * database of its own, with a clock the test moves forward. The schedule itself is switched off;
 * the test calls the scheduled method through its ShedLock proxy as the scheduler would.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:retention-test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                    + "NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1",
            "blindspot.retention.results=P1Y",
            "blindspot.retention.cron=-"
        })
@ActiveProfiles("test")
@Import(ResultRetentionIT.FakeClock.class)
class ResultRetentionIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeClock {
        @Bean
        @Primary
        MutableClock fakeClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    ResultRetention retention;

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalAssessments assessments;

    @Autowired
    AuditTrail audit;

    @Autowired
    EvaluationRetention evaluations;

    @Autowired
    PersonalWorkshopData workshops;

    @Test
    void results_older_than_the_period_lose_their_person_and_answers_on_one_node_only() {
        int results = count("select count(*) from assessment_result");
        int owned = ownedResults();
        assertThat(owned).isEqualTo(results).isPositive();
        assertThat(count("select count(*) from answer")).isPositive();
        int evaluationsStored = count("select count(*) from evaluation");
        assertThat(count("select count(*) from finding"))
                .as("the demo teams' findings")
                .isPositive();

        clock.advance(Duration.ofDays(180));
        // not through the lock: a run holds it for at least a minute, so the next steps could not take it
        assertThat(retention.anonymiseExpired()).isZero();
        assertThat(count("select count(*) from finding"))
                .as("half a year on, the findings are kept")
                .isPositive();
        assertThat(ownedResults()).as("half a year on, every result is kept").isEqualTo(owned);

        clock.advance(Duration.ofDays(200));
        var otherNode = locks.lock(
                        new LockConfiguration(Instant.now(), "result-retention", Duration.ofMinutes(10), Duration.ZERO))
                .orElseThrow();
        retention.scheduledRun();
        assertThat(ownedResults())
                .as("while another node holds the lock, this node skips the run")
                .isEqualTo(owned);

        otherNode.unlock();
        retention.scheduledRun();
        assertThat(ownedResults())
                .as("a year on, no result belongs to a person")
                .isZero();
        assertThat(count("select count(*) from assessment_result"))
                .as("the scores stay")
                .isEqualTo(results);
        assertThat(count("select count(*) from answer a join assessment s on s.id = a.assessment_id"
                        + " where s.anonymised_at is not null"))
                .as("answers of anonymised results")
                .isZero();
        assertThat(count("select count(*) from assessment where anonymised_at is not null and workshop_id is null"))
                .isEqualTo(results);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'RESULTS_ANONYMISED'", String.class))
                .singleElement()
                .asString()
                .startsWith(results + " result(s) scored before ")
                .containsPattern(
                        "anonymised, [1-9]\\d* finding\\(s\\) and \\d+ kept debrief evaluation\\(s\\) removed");
        // what was concluded from them named the members: findings go, the evaluations keep their counts
        assertThat(count("select count(*) from finding")).isZero();
        assertThat(count("select count(*) from coaching_action")).isZero();
        assertThat(count("select count(*) from evaluation where team_size is not null"))
                .isEqualTo(evaluationsStored);
        assertThat(count("select count(*) from workshop where evaluation_json is not null"))
                .isZero();
    }

    @Test
    void without_a_configured_period_nothing_is_anonymised() {
        int owned = ownedResults();
        var keepForever = new ResultRetention(
                assessments, evaluations, workshops, audit, Clock.offset(clock, Duration.ofDays(36500)), "");

        assertThat(keepForever.anonymiseExpired()).isZero();
        assertThat(ownedResults()).isEqualTo(owned);
    }

    private int ownedResults() {
        return count("select count(*) from assessment_result r join assessment a on a.id = r.assessment_id"
                + " where a.user_id is not null");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
