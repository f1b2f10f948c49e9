package io.blindspot.security.oidc;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the company's provider, named by their Blindspot username: the rest
 * of the portal asks the security context for a username ({@code CurrentUser}) and must get the
 * account's, not the provider's subject id.
 */
class CompanyOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    CompanyOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            String username) {
        super(authorities, idToken, userInfo);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof CompanyOidcUser o && username.equals(o.username);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + username.hashCode();
    }
}
