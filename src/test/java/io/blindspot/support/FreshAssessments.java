package io.blindspot.support;

import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.security.UserAccountRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Open assessments made for one test and removed after it, so tests that answer and submit leave
 * the shared demo data as they found it. As a field with {@code @RegisterExtension} it binds to the
 * test's Spring context before each test and cleans up after it; elsewhere construct it with the
 * context and call {@link #removeAll()}.
 */
public final class FreshAssessments implements BeforeEachCallback, AfterEachCallback {

    private AssessmentSeeder seeder;
    private UserAccountRepository accounts;
    private JdbcTemplate jdbc;
    private final List<Long> created = new ArrayList<>();

    public FreshAssessments() {}

    public FreshAssessments(ApplicationContext context) {
        bind(context);
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        bind(SpringExtension.getApplicationContext(test));
    }

    @Override
    public void afterEach(ExtensionContext test) {
        removeAll();
    }

    private void bind(ApplicationContext context) {
        this.seeder = context.getBean(AssessmentSeeder.class);
        this.accounts = context.getBean(UserAccountRepository.class);
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    /** A new, not yet started assessment of the default instrument assigned to this person. */
    public long assignTo(String username) {
        var user = accounts.findByUsername(username).orElseThrow();
        long id = seeder.assignOpenAssessment(user, "test", Instant.now()).getId();
        created.add(id);
        return id;
    }

    public int answersStored(long assessmentId) {
        return jdbc.queryForObject("select count(*) from answer where assessment_id = ?", Integer.class, assessmentId);
    }

    public int resultsStored(long assessmentId) {
        return jdbc.queryForObject(
                "select count(*) from assessment_result where assessment_id = ?", Integer.class, assessmentId);
    }

    /** Deletes what the test created; answers and results go with their assessment. */
    public void removeAll() {
        created.forEach(id -> {
            jdbc.update("delete from assessment_result where assessment_id = ?", id);
            jdbc.update("delete from answer where assessment_id = ?", id);
            jdbc.update("delete from assessment where id = ?", id);
        });
        created.clear();
    }
}
