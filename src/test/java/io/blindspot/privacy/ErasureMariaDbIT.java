package io.blindspot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.MariaDbSpringTest;
import io.blindspot.support.SignedIn;
import io.blindspot.workshop.DebriefService;
import io.blindspot.workshop.WorkshopSeeder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Erasing the demo's Sofia Marquez on MariaDB, proven with SQL over every text column of every
 * table the schema has (read from information_schema, so a table added later is searched too):
 * no row holds her name, username or e-mail address afterwards, no row points to her answers, and
 * only her pseudonymous account row and audit entries still point to her id.
 */
@MariaDbSpringTest
@DirtiesContext // the erasure changes the demo data other tests of this context rely on
class ErasureMariaDbIT {

    static final String USERNAME = "sofia";
    static final String NAME = "Sofia Marquez";
    static final String EMAIL = "sofia@northwind.example";

    /** Columns that hold a person's id: only the account itself and the audit trail's "whose" may keep it. */
    static final List<String> PERSON_ID_COLUMNS = List.of("user_id", "owner_id", "facilitator_id");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Erasure erasure;

    @Autowired
    PersonalDataExport export;

    @Autowired
    DebriefService debriefs;

    @Autowired
    WorkshopSeeder workshops;

    @Autowired
    UserDetailsService users;

    SignedIn signedIn;
    long sofia;
    long offsite;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(users);
    }

    /** Her commitment, a notice to her, an API token, a company sign-on identity, the facilitator reading her results, her own export. */
    private void sofiaHasLeftTracesEverywhere() {
        sofia = jdbc.queryForObject("select id from app_user where username = ?", Long.class, USERNAME);
        offsite = jdbc.queryForObject("select id from workshop where title = 'Sales leadership offsite'", Long.class);
        workshops.commitment(
                offsite,
                "UNIFORM_TASK_DOMINANCE",
                "Ask " + NAME + "'s reps for feedback monthly.",
                USERNAME,
                LocalDate.now().plusDays(20));
        jdbc.update(
                "insert into workshop_notice (workshop_id, user_id, kind, message, created_at)"
                        + " values (?, ?, 'REMINDER', ?, current_timestamp(3))",
                offsite,
                sofia,
                "Hello " + NAME + ", your answers are due.");
        jdbc.update(
                "insert into api_token (user_id, name, token_hash, created_at, expires_at)"
                        + " values (?, ?, ?, current_timestamp(3), current_timestamp(3))",
                sofia,
                USERNAME + "'s laptop",
                "0".repeat(64));
        // signed in once through the company's provider, whose subject names her
        jdbc.update(
                "update app_user set sso_issuer = 'https://idp.northwind.example', sso_subject = ? where id = ?",
                "sub-" + USERNAME + "-4711",
                sofia);
        // the facilitator opens the debrief: RESULTS_VIEWED entries about her, the evaluation kept with her name
        signedIn.as("facilitator", () -> debriefs.debrief(offsite, "page"));
        // she exports her own data: an audit entry with her username as actor and target
        signedIn.as(USERNAME, () -> export.export());
    }

    @Test
    void after_the_erasure_no_row_of_any_table_keeps_her_name_username_email_or_answers() {
        sofiaHasLeftTracesEverywhere();
        List<Long> herAssessments = jdbc.queryForList("select id from assessment where user_id = ?", Long.class, sofia);
        int herAnswers = count(
                "select count(*) from answer a join assessment s on s.id = a.assessment_id where s.user_id = ?", sofia);
        int allAnswers = count("select count(*) from answer");
        long sales = jdbc.queryForObject("select team_id from workshop where id = ?", Long.class, offsite);
        int evaluationsBefore = count("select count(*) from evaluation where team_id = ?", sales);
        assertThat(herAssessments).isNotEmpty();
        assertThat(herAnswers).isPositive();
        assertThat(rowsMentioning(USERNAME, NAME, EMAIL))
                .as("before the erasure she is stored")
                .isNotEmpty();

        var erased = signedIn.as("admin", () -> erasure.erase(sofia, USERNAME));

        assertThat(erased.pseudonym()).isEqualTo("erased-" + sofia);
        assertThat(erased.assessments()).isEqualTo(herAssessments.size());
        assertThat(rowsMentioning(USERNAME, NAME, EMAIL))
                .as("table.column rows still holding her")
                .isEmpty();
        assertThat(rowsPointingTo("assessment_id", herAssessments))
                .as("rows of her assessments")
                .isEmpty();
        assertThat(count("select count(*) from answer")).isEqualTo(allAnswers - herAnswers);
        assertThat(rowsPointingToPerson(sofia)).as("rows pointing to her id").containsExactly("app_user.id");

        // audited: who, when, whose - by pseudonym and counts, not what was erased
        Map<String, Object> entry =
                jdbc.queryForMap("select actor, subject_user_id, target, detail, occurred_at from audit_event"
                        + " where action = 'PERSON_ERASED'");
        assertThat(entry.get("actor")).isEqualTo("admin");
        assertThat(((Number) entry.get("subject_user_id")).longValue()).isEqualTo(sofia);
        assertThat(entry.get("target")).isEqualTo("user:erased-" + sofia);
        assertThat(entry.get("occurred_at")).isNotNull();
        assertThat((String) entry.get("detail")).contains("1 assessment(s) removed, left 1 team(s)");

        // her team: older evaluations keep only their counts, a new one is made without her
        assertThat(erased.teamsEvaluatedAgain()).isEqualTo(1);
        var latest = jdbc.queryForMap(
                "select id, team_size, completed_results from evaluation where team_id = ? order by id desc limit 1",
                sales);
        assertThat(((Number) latest.get("team_size")).intValue()).isEqualTo(6);
        assertThat(((Number) latest.get("completed_results")).intValue()).isEqualTo(6);
        assertThat(count("select count(*) from evaluation where team_id = ?", sales))
                .isEqualTo(evaluationsBefore + 1);
        assertThat(count(
                        "select count(*) from finding f join evaluation e on e.id = f.evaluation_id"
                                + " where e.team_id = ? and e.id <> ?",
                        sales,
                        latest.get("id")))
                .as("findings of the older evaluations")
                .isZero();
        assertThat(count("select count(*) from finding where evaluation_id = ?", latest.get("id")))
                .as("the new evaluation's findings")
                .isPositive();
    }

    @Test
    void an_erasure_without_the_typed_username_or_of_oneself_is_refused_and_changes_nothing() {
        long lena = jdbc.queryForObject("select id from app_user where username = 'lena'", Long.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> erasure.erase(lena, "Lena")))
                .isInstanceOf(ErasureRefused.class)
                .hasMessageContaining("Type the username lena");
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> erasure.erase(admin, "admin")))
                .isInstanceOf(ErasureRefused.class)
                .hasMessageContaining("your own account");

        assertThat(rowsMentioning("Lena Vogel")).isNotEmpty();
        assertThat(count("select count(*) from assessment where user_id = ?", lena))
                .isPositive();
    }

    /** "table.column" for every text column of the schema with a row containing any of these texts. */
    private List<String> rowsMentioning(String... texts) {
        var found = new ArrayList<String>();
        for (var column : jdbc.queryForList(
                "select table_name, column_name from information_schema.columns where table_schema = database()"
                        + " and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext',"
                        + " 'json', 'enum', 'set')")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String text : texts) {
                // case-insensitive (the default collation): "SOFIA" or "sofia marquez" count as well
                if (count("select count(*) from `" + table + "` where `" + name + "` like ?", "%" + text + "%") > 0) {
                    found.add(table + "." + name + " holds " + text);
                }
            }
        }
        return found;
    }

    /** "table.column" for every column of this name with a row whose value is one of these ids. */
    private List<String> rowsPointingTo(String columnName, List<Long> ids) {
        var found = new ArrayList<String>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.columns where table_schema = database()"
                        + " and column_name = ?",
                String.class,
                columnName)) {
            for (Long id : ids) {
                if (count("select count(*) from `" + table + "` where `" + columnName + "` = ?", id) > 0) {
                    found.add(table + "." + columnName);
                }
            }
        }
        return found;
    }

    private List<String> rowsPointingToPerson(long id) {
        var found = new ArrayList<String>();
        for (String column : PERSON_ID_COLUMNS) {
            found.addAll(rowsPointingTo(column, List.of(id)));
        }
        if (count("select count(*) from app_user where id = ?", id) > 0) {
            found.add("app_user.id");
        }
        return found;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
