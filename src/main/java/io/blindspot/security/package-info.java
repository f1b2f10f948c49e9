/**
 * Who may do what: accounts with hashed passwords, the four roles, the current user, Spring
 * Security for the Vaadin views (form login) and for the HTTP API (HTTP Basic, stateless), login
 * throttling, the first-admin bootstrap, and {@link io.blindspot.security.Facilitation}, through
 * which modules below the workshops ask which teams and people a facilitator works with.
 */
package io.blindspot.security;
