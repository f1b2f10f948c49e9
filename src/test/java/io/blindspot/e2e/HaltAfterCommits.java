package io.blindspot.e2e;

import java.sql.DriverManager;

/**
 * Run as its own JVM by {@link CrashDurabilityE2EIT}: commits single-row transactions one after
 * another on the given H2 URL, prints how many, and halts at once (no shutdown hook, no close),
 * as SIGKILL would stop the server.
 */
final class HaltAfterCommits {

    private HaltAfterCommits() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int commits = Integer.parseInt(args[1]);
        var connection = DriverManager.getConnection(url, "sa", "");
        connection.createStatement().execute("create table crash_probe (id int primary key)");
        var insert = connection.prepareStatement("insert into crash_probe values (?)");
        for (int n = 0; n < commits; n++) {
            insert.setInt(1, n);
            insert.executeUpdate(); // auto-commit: each row is its own acknowledged transaction
        }
        System.out.println("committed " + commits);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
