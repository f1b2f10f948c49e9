package io.blindspot.security;

import io.blindspot.base.UtcColumns;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's account for the privacy module: what is stored (for their export) and its erasure.
 * No role check here: the privacy services above decide whose account is read or erased.
 */
@Service
public class PersonalAccount {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final LoginPauses pauses;

    PersonalAccount(JdbcTemplate jdbc, PasswordEncoder encoder, LoginPauses pauses) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.pauses = pauses;
    }

    /**
     * The account as stored, without the password hash, which is no information about the person.
     *
     * @param language the portal language the person chose ({@code en}, {@code de}), or null when
     *     the portal follows their browser
     */
    public record Account(
            long id,
            String username,
            String displayName,
            String email,
            boolean enabled,
            Instant createdAt,
            List<String> roles,
            String ssoIssuer,
            String ssoSubject,
            String language) {}

    /** A personal API token as stored: its name and dates; the token itself is never stored. */
    public record Token(String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

    @Transactional(readOnly = true)
    public List<Token> tokensOf(long id) {
        return jdbc.query(
                "select name, created_at, expires_at, revoked_at from api_token where user_id = ? order by created_at, id",
                (rs, n) -> new Token(
                        rs.getString("name"),
                        UtcColumns.read(rs, "created_at"),
                        UtcColumns.read(rs, "expires_at"),
                        UtcColumns.read(rs, "revoked_at")),
                id);
    }

    @Transactional(readOnly = true)
    public Optional<Account> byUsername(String username) {
        return jdbc.query("select id from app_user where username = ?", (rs, n) -> rs.getLong(1), username).stream()
                .findFirst()
                .flatMap(this::byId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(long id) {
        List<String> roles =
                jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, id);
        return jdbc
                .query(
                        "select id, username, display_name, email, enabled, created_at, sso_issuer, sso_subject, language"
                                + " from app_user where id = ?",
                        (rs, n) -> new Account(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                rs.getString("email"),
                                rs.getBoolean("enabled"),
                                UtcColumns.read(rs, "created_at"),
                                roles,
                                rs.getString("sso_issuer"),
                                rs.getString("sso_subject"),
                                rs.getString("language")),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Active accounts holding the administrator role, so the last one is never erased. Their rows
     * stay locked until the caller's transaction ends, the same rows {@link AccountAdministration}
     * locks before demoting or deactivating an administrator: an erasure and such a change cannot
     * both see "another administrator remains" and together leave none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockActiveAdministrators() {
        return jdbc.queryForList(
                        "select u.id from app_user u join user_role r on r.user_id = u.id"
                                + " where r.role = ? and u.enabled = true for update",
                        Long.class,
                        Role.ADMIN.name())
                .size();
    }

    /**
     * Replaces every personal field with a pseudonym and closes the account: no roles, no password
     * anyone knows, no pending set-password link, no API token, no login-throttle rows that carry the username.
     * The row stays, because workshops and stored results of others may point to it.
     */
    @Transactional
    public void anonymise(long id, String pseudonym) {
        var account = byId(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
        jdbc.update(
                "update app_user set username = ?, display_name = ?, email = null, password_hash = ?,"
                        + " enabled = false, sso_issuer = null, sso_subject = null, language = null where id = ?",
                pseudonym,
                pseudonym,
                encoder.encode(UUID.randomUUID().toString()),
                id);
        jdbc.update("delete from user_role where user_id = ?", id);
        jdbc.update("delete from one_time_link where user_id = ?", id);
        jdbc.update("delete from api_token where user_id = ?", id);
        // the throttle's own key format, with LIKE wildcards in the username escaped: a raw "_" would
        // also delete another account's failures
        pauses.unlock(account.username());
    }
}
