package io.blindspot.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to authenticate to the HTTP API besides HTTP Basic, contributed by a sub-package (personal
 * API tokens). An interface, so the filter chain here need not know the sub-packages that build on
 * the accounts here.
 */
public interface ApiAuthentication {

    /** Adds this way of authenticating to the API's filter chain. */
    void configure(HttpSecurity api) throws Exception;
}
