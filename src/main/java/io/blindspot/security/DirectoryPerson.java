package io.blindspot.security;

import java.util.Set;

/**
 * A person as the company's identity provider describes them at sign-on.
 *
 * @param issuer the provider, e.g. {@code https://login.example.com/realms/acme}
 * @param subject the provider's stable id for the person ({@code sub})
 * @param username the name wanted for a new account ({@code preferred_username}, else the e-mail)
 * @param roles the Blindspot roles their groups map to; never empty
 */
public record DirectoryPerson(
        String issuer, String subject, String username, String displayName, String email, Set<Role> roles) {}
