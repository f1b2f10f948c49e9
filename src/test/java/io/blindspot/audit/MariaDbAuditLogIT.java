package io.blindspot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.audit.AuditLog.Filter;
import io.blindspot.security.AccountService;
import io.blindspot.support.MariaDbSpringTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admins' audit search and CSV export on the real MariaDB server. */
@MariaDbSpringTest
class MariaDbAuditLogIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_neutralises_every_cell_a_spreadsheet_would_run_and_keeps_the_rest() throws Exception {
        String actor = "=cmd|' /C calc'!A0";
        trail.record(actor, "INJECTION_TEST", null, "+team:1", "@SUM(1+1)*cmd|' /C calc'!A0");
        trail.record("plain-actor", "INJECTION_TEST", null, "team:2", "-42.5");
        signIn("admin");

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(log.csv(new Filter(null, null, "INJECTION_TEST", null, null))))
                .getRecords();

        assertThat(rows).hasSize(2);
        var hostile = rows.stream()
                .filter(r -> r.get("target").contains("team:1"))
                .findFirst()
                .orElseThrow();
        assertThat(hostile.get("actor")).isEqualTo("'" + actor);
        assertThat(hostile.get("target")).isEqualTo("'+team:1");
        assertThat(hostile.get("detail")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        var plain = rows.stream()
                .filter(r -> r.get("target").equals("team:2"))
                .findFirst()
                .orElseThrow();
        assertThat(plain.get("actor")).isEqualTo("plain-actor");
        assertThat(plain.get("detail")).as("a number stays a number").isEqualTo("-42.5");
    }

    @Test
    void entries_are_filtered_by_actor_subject_action_and_day() {
        long ben = accounts.findAccount("ben").orElseThrow().getId();
        trail.record("audit-filter-actor", "FILTER_TEST_A", ben, "user:ben", "about ben");
        trail.record("audit-filter-actor", "FILTER_TEST_B", null, "team:77", "about a team");
        trail.record("someone-else", "FILTER_TEST_A", null, "team:78", "by someone else");
        signIn("admin");
        LocalDate today = LocalDate.now();

        assertThat(log.search(new Filter("Audit-Filter-Actor", null, null, null, null)))
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("FILTER_TEST_A", "FILTER_TEST_B");
        assertThat(log.search(new Filter(null, null, "FILTER_TEST_A", null, null)))
                .extracting(AuditEntry::actor)
                .containsExactlyInAnyOrder("audit-filter-actor", "someone-else");
        assertThat(log.search(new Filter(null, "ben", "FILTER_TEST_A", null, null)))
                .extracting(AuditEntry::detail)
                .containsExactly("about ben");
        assertThat(log.search(new Filter(null, "team:77", null, null, null)))
                .extracting(AuditEntry::detail)
                .containsExactly("about a team");
        assertThat(log.search(new Filter("audit-filter-actor", null, null, today, today)))
                .hasSize(2);
        assertThat(log.search(new Filter("audit-filter-actor", null, null, today.plusDays(1), null)))
                .isEmpty();
        assertThat(log.search(new Filter("audit-filter-actor", null, null, null, today.minusDays(1))))
                .isEmpty();
        assertThat(log.actions()).contains("FILTER_TEST_A", "FILTER_TEST_B");
    }

    @Test
    void only_administrators_read_the_trail() {
        signIn("hr");

        assertThatThrownBy(() -> log.search(Filter.any())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.csv(Filter.any())).isInstanceOf(AccessDeniedException.class);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
