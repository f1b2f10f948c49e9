package io.blindspot.support;

import org.junit.jupiter.api.Assumptions;

/**
 * What a suite does when a service it needs (MariaDB, Chromium) is absent: skip with a message
 * nobody can miss, or fail when the build says the service is required (CI does).
 */
final class RequiredService {

    private RequiredService() {}

    static void absent(String service, String requiredProperty, String reason) {
        String message = service + " is not available (" + reason + ").";
        if (Boolean.getBoolean(requiredProperty)) {
            throw new IllegalStateException(message + " It is required: -D" + requiredProperty + "=true");
        }
        System.err.println();
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println("!!! SKIPPED: " + message);
        System.err.println("!!! Set -D" + requiredProperty + "=true to make this a failure.");
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        Assumptions.abort("SKIPPED: " + message);
    }
}
