package io.blindspot.security.oidc;

import io.blindspot.security.DirectoryAccounts;
import io.blindspot.security.DirectoryPerson;
import io.blindspot.security.DirectorySignInRefused;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the company's provider vouches for into a Blindspot sign-in: their groups (from
 * the configured claim of the ID token or user info) give their roles, and their account is
 * created or updated. Nobody gets in without a mapped group.
 */
class CompanyOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(CompanyOidcUserService.class);
    private static final int MAX_USERNAME = 100;

    private final OidcUserService provider = new OidcUserService();
    private final DirectoryAccounts accounts;
    private final GroupRoleMapping mapping;
    private final String groupsClaim;

    CompanyOidcUserService(DirectoryAccounts accounts, GroupRoleMapping mapping, String groupsClaim) {
        this.accounts = accounts;
        this.mapping = mapping;
        this.groupsClaim = groupsClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        var groups = groups(user.getClaims().get(groupsClaim));
        var roles = mapping.rolesFor(groups);
        String username = usernameOf(user);
        if (roles.isEmpty()) {
            log.warn(
                    "Refused company sign-on of '{}': none of the groups {} in claim '{}' is mapped to a role",
                    username,
                    groups,
                    groupsClaim);
            throw new SignOnRefused("security.sign-on.refused.no-group", username);
        }
        DirectoryAccounts.SignedOn account;
        try {
            account = accounts.signIn(new DirectoryPerson(
                    user.getIssuer().toString(),
                    user.getSubject(),
                    username,
                    user.getFullName() != null ? user.getFullName() : username,
                    user.getEmail(),
                    roles));
        } catch (DirectorySignInRefused e) {
            log.warn("Refused company sign-on of '{}': {}", username, e.getMessage());
            throw new SignOnRefused(e.messageKey(), e.messageArguments());
        }
        // the account's roles, not the directory's alone: the last active administrator keeps ADMIN
        var authorities = account.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new CompanyOidcUser(authorities, user.getIdToken(), user.getUserInfo(), account.username());
    }

    private static String usernameOf(OidcUser user) {
        String name = user.getPreferredUsername();
        if (name == null || name.isBlank()) {
            name = user.getEmail();
        }
        if (name == null || name.isBlank()) {
            name = user.getSubject();
        }
        return name.length() <= MAX_USERNAME ? name : name.substring(0, MAX_USERNAME);
    }

    /** A claim of groups as providers send it: a JSON array, or one string of names separated by spaces or commas. */
    static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split("[\\s,]+"))
                    .filter(g -> !g.isEmpty())
                    .toList();
        }
        return List.of();
    }
}
