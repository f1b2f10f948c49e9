package io.blindspot.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A database-wide lock for first-start work, so several nodes starting at once on an empty
 * MariaDB do not all create the first administrator: MariaDB's named lock ({@code GET_LOCK}),
 * held on one connection while the work runs on others. The embedded H2 database needs none: its
 * file is locked to one process.
 */
@Component
class StartupLock {

    static final String NAME = "blindspot_startup";
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private final Duration timeout;

    StartupLock(DataSource dataSource, @Value("${blindspot.startup.lock-timeout:10m}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    void whileHeld(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!supportsNamedLocks(connection)) {
                work.run();
                return;
            }
            acquire(connection);
            try {
                work.run();
            } finally {
                release(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock: " + e.getMessage(), e);
        }
    }

    private void acquire(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, NAME);
            statement.setLong(2, timeout.toSeconds());
            try (var result = statement.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new StartupProblem(
                            "Another node held the start-up lock for longer than " + timeout + ".",
                            "Check the other nodes' logs; raise blindspot.startup.lock-timeout if their first start is slow.");
                }
            }
        }
        log.debug("Holding the start-up lock");
    }

    private static void release(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, NAME);
            statement.executeQuery().close();
        }
    }

    private static boolean supportsNamedLocks(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mariadb") || product.contains("mysql");
    }
}
