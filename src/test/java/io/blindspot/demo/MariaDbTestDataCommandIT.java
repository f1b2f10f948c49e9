package io.blindspot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import io.blindspot.support.MariaDbServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test-data command as an operator runs it: its own Spring start without a web server, on a
 * real MariaDB server, configured the way the server is (here through system properties).
 */
@ExtendWith(MariaDbServer.class)
class MariaDbTestDataCommandIT {

    static final String PASSWORD = "load-respondent-password";

    final String prefix = "cmd" + UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> previous = new HashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void configureTheCommandLikeTheServer() {
        set("spring.profiles.active", "mariadb");
        set("spring.datasource.url", MariaDbServer.url());
        set("spring.datasource.username", MariaDbServer.user());
        set("spring.datasource.password", MariaDbServer.password());
        set("blindspot.admin.username", "command-it-admin");
        set("blindspot.admin.password", "command-it-admin-password");
    }

    @AfterEach
    void restoreSystemProperties() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void creates_respondents_with_open_questionnaires_once_and_exits_0_each_time() throws Exception {
        int first;
        int again;
        // The server's own port may be in use by the running server: the command must not open one.
        try (var runningServer = new ServerSocket(0)) {
            set("server.port", String.valueOf(runningServer.getLocalPort()));
            first = run("--count", "3", "--prefix", prefix, "--password", PASSWORD);
            again = run("--count", "3", "--prefix", prefix, "--password", PASSWORD);
        }

        assertThat(first).as(text(err)).isZero();
        assertThat(again).as(text(err)).isZero();
        assertThat(text(out))
                .containsPattern(prefix + "-1\taccount created\tassessment \\d+ assigned")
                .containsPattern(prefix + "-3\taccount existed\tassessment \\d+ kept \\(0 of 40 answered\\)")
                .contains("Respondents " + prefix + "-1 .. " + prefix + "-3: accounts created 3, existing 0;"
                        + " questionnaires assigned 3, unfinished ones kept 0.")
                .contains("accounts created 0, existing 3; questionnaires assigned 0, unfinished ones kept 3.");
        assertThat(count("select count(*) from app_user u join user_role r on r.user_id = u.id"
                        + " where u.username like ? and r.role = 'EXECUTIVE'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from assessment a join app_user u on u.id = a.user_id"
                        + " where u.username like ? and a.status = 'NOT_STARTED'"))
                .isEqualTo(3);
    }

    private int run(String... options) {
        var args = new String[options.length + 2];
        args[0] = "testdata";
        args[1] = "respondents";
        System.arraycopy(options, 0, args, 2, options.length);
        return TestDataCommand.run(
                Application.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private int count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        MariaDbServer.url(), MariaDbServer.user(), MariaDbServer.password());
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix + "-%");
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void set(String name, String value) {
        previous.put(name, System.getProperty(name));
        System.setProperty(name, value);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
