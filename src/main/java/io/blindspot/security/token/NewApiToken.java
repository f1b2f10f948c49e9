package io.blindspot.security.token;

/** A token just created: its id and the secret, which is never shown again. */
public record NewApiToken(long id, String token, ApiTokenSummary summary) {}
