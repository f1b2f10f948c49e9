package io.blindspot.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real MariaDB server started outside the JVM, configured by BLINDSPOT_TEST_MARIADB_URL, _USER
 * and _PASSWORD (defaults: jdbc:mariadb://127.0.0.1:3306/test, root, empty). Suites that use it are
 * skipped loudly when it is unreachable, unless -Dblindspot.require.mariadb=true.
 */
public final class MariaDbServer implements BeforeAllCallback {

    public static String url() {
        return env("BLINDSPOT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    }

    public static String user() {
        return env("BLINDSPOT_TEST_MARIADB_USER", "root");
    }

    public static String password() {
        return env("BLINDSPOT_TEST_MARIADB_PASSWORD", "");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (var connection = DriverManager.getConnection(url(), user(), password())) {
            connection.isValid(2);
        } catch (SQLException e) {
            RequiredService.absent("MariaDB at " + url(), "blindspot.require.mariadb", e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
