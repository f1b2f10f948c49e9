/**
 * Who may do what: accounts with hashed passwords, the four roles, Spring Security for the
 * Vaadin views (form login) and for the HTTP API (HTTP Basic, stateless), login throttling and
 * the first-admin bootstrap. Demo data lives in {@code security.demo} and is loaded only when
 * {@code blindspot.demo.enabled} is true.
 */
package io.blindspot.security;
