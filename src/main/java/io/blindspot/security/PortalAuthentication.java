package io.blindspot.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to sign in to the portal besides the login form, contributed by a sub-package (company
 * single sign-on), so the filter chain here need not know it.
 */
public interface PortalAuthentication {

    /** Adds this way of signing in to the portal's filter chain. */
    void configure(HttpSecurity portal) throws Exception;
}
