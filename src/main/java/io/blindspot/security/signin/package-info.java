/**
 * How people may sign in to the portal (login form, company sign-on), read by the filter chain, the
 * login view and the sign-on package alike; it depends on none of them, so none depends on another
 * through it.
 */
package io.blindspot.security.signin;
