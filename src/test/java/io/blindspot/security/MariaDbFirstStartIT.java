package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import io.blindspot.support.MariaDbServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The first start of a real installation on an empty MariaDB, configured the way the README tells
 * an operator to: no test profile, no demo switch, only the database URL and the first admin.
 */
@ExtendWith(MariaDbServer.class)
class MariaDbFirstStartIT {

    static final String ADMIN = "first-admin";
    static final String ADMIN_PASSWORD = "first-admin-long-password";

    @BeforeEach
    void emptyDatabase() {
        Flyway.configure()
                .dataSource(MariaDbServer.url(), MariaDbServer.user(), MariaDbServer.password())
                .cleanDisabled(false)
                .load()
                .clean();
    }

    @Test
    void the_database_url_alone_creates_exactly_the_configured_admin_and_no_demo_accounts() throws Exception {
        try (var context = start()) {
            assertThat(usernames()).containsExactly(ADMIN);
            var login = context.getBean(AuthenticationManager.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(ADMIN, ADMIN_PASSWORD));
            assertThat(login.isAuthenticated()).isTrue();
            assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        }
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_database_both_start_and_create_everything_once() throws Exception {
        var ready = new CountDownLatch(2);
        Callable<ConfigurableApplicationContext> node = () -> {
            ready.countDown();
            ready.await();
            return start("--blindspot.demo.enabled=true");
        };
        var pool = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            List<Future<ConfigurableApplicationContext>> nodes = List.of(pool.submit(node), pool.submit(node));
            for (var future : nodes) {
                started.add(future.get(5, TimeUnit.MINUTES));
            }
            var names = usernames();
            assertThat(names).doesNotHaveDuplicates().contains(ADMIN, "admin", "facilitator", "executive");
            assertThat(count("select count(*) from app_user where username = 'facilitator'"))
                    .isEqualTo(1);
            assertThat(count("select count(*) from team")).isEqualTo(2);
            assertThat(count("select count(*) from workshop")).isEqualTo(2);
        } finally {
            started.forEach(ConfigurableApplicationContext::close);
            pool.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String... extra) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--BLINDSPOT_DB_URL=" + MariaDbServer.url(),
                "--BLINDSPOT_DB_USER=" + MariaDbServer.user(),
                "--BLINDSPOT_DB_PASSWORD=" + MariaDbServer.password(),
                "--BLINDSPOT_ADMIN_USER=" + ADMIN,
                "--BLINDSPOT_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--blindspot.rules.dir=rules",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static List<String> usernames() throws SQLException {
        try (var connection = DriverManager.getConnection(
                        MariaDbServer.url(), MariaDbServer.user(), MariaDbServer.password());
                var result = connection.createStatement().executeQuery("select username from app_user order by id")) {
            var names = new ArrayList<String>();
            while (result.next()) {
                names.add(result.getString(1));
            }
            return names;
        }
    }

    private static long count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        MariaDbServer.url(), MariaDbServer.user(), MariaDbServer.password());
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
