/**
 * Personal API tokens: a signed-in person creates, lists and revokes their own tokens (portal page
 * and {@code /api/v1/me/tokens}); the HTTP API accepts them as {@code Authorization: Bearer …}
 * with the owner's roles. Only SHA-256 hashes are stored, so checking a token is one indexed
 * look-up instead of the BCrypt that HTTP Basic costs on every request (docs/api.md).
 */
package io.blindspot.security.token;
