/**
 * Company single sign-on with OpenID Connect, configured only by environment
 * ({@code BLINDSPOT_OIDC_*}, docs/operations.md) and absent unless {@code BLINDSPOT_OIDC_ISSUER} is
 * set: the company's groups map to Blindspot roles, accounts are created or updated at sign-on, and
 * a person in no mapped group is refused with a message saying why.
 */
package io.blindspot.security.oidc;
