package io.blindspot.load;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The driver's entry point. Settings come from system properties {@code load.*} (see
 * {@link LoadSettings}); exit code 0 after a run, whatever its figures, 2 for bad settings, 1 when
 * the run could not happen.
 */
public final class LoadTest {

    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        // On a machine with two cores the common pool has parallelism 1, and then the JDK's HTTP
        // client starts a new thread for every response body (CompletableFuture's thread-per-task
        // fallback). Two workers avoid that; it must be set before the pool is first used.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
        LoadSettings settings;
        try {
            settings = LoadSettings.from(System.getProperties());
        } catch (IllegalArgumentException wrong) {
            System.err.println("load: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        var run = new LoadRun(settings, LoadTest::progress);
        progress(String.format(
                "opening %d questionnaires at %s, %d at a time",
                settings.respondents(), settings.url(), settings.openConcurrency()));
        var result = run.run();
        if (result.opened() == 0) {
            new LoadReport(settings, result, run.measurements, System.out)
                    .print(null, "not checked: no respondent got in");
            System.exit(1);
            return;
        }
        DatabaseCheck.Result database = null;
        String problem = "not checked (give -Dload.db.url, -Dload.db.user, -Dload.db.password)";
        if (settings.database().isPresent()) {
            try {
                database = DatabaseCheck.run(settings.database().get(), result.outcomes());
            } catch (java.sql.SQLException e) {
                problem = "could not be read: " + e.getMessage();
            }
        }
        new LoadReport(settings, result, run.measurements, System.out).print(database, problem);
        System.exit(0);
    }

    private static void progress(String message) {
        System.err.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
