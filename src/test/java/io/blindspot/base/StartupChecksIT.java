package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.Application;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up refuses bad configuration with one line that says what to fix. */
class StartupChecksIT {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void without_demo_data_and_without_a_configured_admin_start_up_stops_and_says_which_variables_to_set() {
        assertThatThrownBy(() -> start("blindspot.demo.enabled=false").close()).satisfies(failure -> {
            var analysis = analyzer.analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo("No administrator account exists and none is configured.");
            assertThat(analysis.getAction()).contains("BLINDSPOT_ADMIN_USER", "BLINDSPOT_ADMIN_PASSWORD");
        });
    }

    @Test
    void a_configured_first_admin_is_created_on_an_empty_database() {
        try (var context = start(
                "blindspot.demo.enabled=false",
                "blindspot.admin.username=first-admin",
                "blindspot.admin.password=a-long-enough-secret")) {
            var accounts = context.getBean(io.blindspot.security.UserAccountRepository.class);
            assertThat(accounts.findByUsername("first-admin")).hasValueSatisfying(a -> assertThat(a.getRoles())
                    .containsExactly(io.blindspot.security.Role.ADMIN));
            assertThat(accounts.count()).isEqualTo(1);
            assertThat(context.getBean(io.blindspot.audit.AuditTrail.class).latest())
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("ACCOUNT_CREATED"));
        }
    }

    @Test
    void an_unreachable_database_stops_start_up_with_a_clear_line() {
        assertThatThrownBy(() -> start("spring.datasource.url=jdbc:mariadb://127.0.0.1:9/nowhere")
                        .close())
                .satisfies(failure -> {
                    var analysis = analyzer.analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).startsWith("Cannot use the database:");
                    assertThat(analysis.getAction()).contains("BLINDSPOT_DB_URL");
                });
    }

    private static ConfigurableApplicationContext start(String... properties) {
        var args = new java.util.ArrayList<String>();
        args.add("--server.port=0");
        // A fresh empty database per start, unless the test brings its own URL.
        if (java.util.Arrays.stream(properties).noneMatch(p -> p.startsWith("spring.datasource.url="))) {
            args.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
        }
        for (String property : properties) {
            args.add("--" + property);
        }
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args.toArray(String[]::new));
    }
}
