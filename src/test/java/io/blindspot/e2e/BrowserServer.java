package io.blindspot.e2e;

/**
 * One server configuration for the browser tests that change what others would see (they publish
 * rule sets, let sessions expire): their own in-memory database, logins that end after 20 s
 * without activity (the portal keeps the timeout to the second, although Tomcat keeps the session
 * for a whole minute) and a heartbeat every 10 s, so the idle timeout is noticed in a test's time. Classes that use exactly these properties share one Spring context.
 */
final class BrowserServer {

    static final String OWN_DATABASE =
            "spring.datasource.url=jdbc:h2:mem:browser-e2e;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";
    /**
     * For browser tests that change the demo data others read (a follow-up round of the seed team,
     * the demo admin made the only active admin): a database of their own, shared between them.
     */
    static final String ALTERED_DEMO_DATABASE =
            "spring.datasource.url=jdbc:h2:mem:altered-demo-e2e;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

    /** The users browser test's own database: it deactivates every admin but the demo one. */
    static final String USERS_DATABASE =
            "spring.datasource.url=jdbc:h2:mem:users-e2e;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

    /** The questionnaire retry browser test's own database: it takes every pooled connection for a while. */
    static final String RETRY_DATABASE =
            "spring.datasource.url=jdbc:h2:mem:retry-e2e;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

    static final String SHORT_SESSIONS = "BLINDSPOT_SESSION_TIMEOUT=20s";
    static final String TEN_SECOND_HEARTBEAT = "vaadin.heartbeatInterval=10";

    private BrowserServer() {}
}
