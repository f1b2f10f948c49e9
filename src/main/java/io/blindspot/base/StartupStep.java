package io.blindspot.base;

/**
 * One piece of first-start work (the first administrator, shipped instruments, demo data, the rule
 * base). Every step runs once per start, in {@code @Order}, under a database-wide lock and before
 * the web server accepts requests; so it must be idempotent: a node that waited for the lock finds
 * the work done by the node that held it.
 */
public interface StartupStep {

    void runAtStartup();
}
