package io.blindspot.base;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the usual start-up failures into one line that says what is wrong and how to fix it,
 * instead of pages of stack trace: an unreachable database, a refused login, a locked embedded
 * database file, a constraint violation (not a connection problem), and our own {@link StartupProblem}s.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupProblem problem) {
                return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
            }
        }
        SQLException sql = findSqlException(failure);
        return sql == null ? null : databaseFailure(sql);
    }

    private static FailureAnalysis databaseFailure(SQLException sql) {
        String message = rootMessage(sql);
        if (isConstraintViolation(sql)) {
            return new FailureAnalysis(
                    "A database constraint was violated while starting: " + message,
                    "The database is reachable; the data conflicts. If several nodes started at once on an empty"
                            + " database, start this one again; otherwise report this line with the log.",
                    sql);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        String action;
        if (lower.contains("access denied") || lower.contains("wrong user name or password")) {
            action = "Check BLINDSPOT_DB_USER and BLINDSPOT_DB_PASSWORD.";
        } else if (lower.contains("already in use") || lower.contains("locked by another process")) {
            action = "Another Blindspot is already running on ./data: stop it first.";
        } else if (lower.contains("unknown database")) {
            action = "Create the database named in BLINDSPOT_DB_URL (CREATE DATABASE ...) or fix the URL.";
        } else {
            action = "Check that the database server is running and that BLINDSPOT_DB_URL points to it.";
        }
        return new FailureAnalysis("Cannot use the database: " + message, action, sql);
    }

    private static boolean isConstraintViolation(SQLException sql) {
        // SQL state class 23 is "integrity constraint violation" in every database we run on.
        return sql instanceof SQLIntegrityConstraintViolationException
                || (sql.getSQLState() != null && sql.getSQLState().startsWith("23"));
    }

    private static SQLException findSqlException(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
