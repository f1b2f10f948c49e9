package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class StartupFailureAnalyzerTest {

    final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void a_duplicate_key_at_start_up_is_named_a_constraint_violation_not_an_unreachable_server() {
        var duplicate = new SQLIntegrityConstraintViolationException(
                "(conn=42) Duplicate entry 'admin' for key 'uq_app_user_username'", "23000", 1062);
        var failure = new IllegalStateException(
                "Failed to execute StartupStep", new DataIntegrityViolationException("could not execute", duplicate));

        var analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription())
                .startsWith("A database constraint was violated while starting:")
                .contains("Duplicate entry 'admin' for key 'uq_app_user_username'");
        assertThat(analysis.getAction()).doesNotContain("Check that the database server is running");
    }

    @Test
    void an_unreachable_server_is_still_told_to_check_the_server() {
        var analysis = analyzer.analyze(
                new IllegalStateException(new SQLTransientConnectionException("Connection refused", "08000")));

        assertThat(analysis.getAction()).contains("Check that the database server is running");
    }
}
