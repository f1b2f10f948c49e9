package io.blindspot.security.oidc;

import io.blindspot.security.DirectoryAccounts;
import io.blindspot.security.PortalAuthentication;
import io.blindspot.security.signin.SignInOptions;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Company single sign-on, present only when {@code BLINDSPOT_OIDC_ISSUER} is set. The provider's
 * endpoints come from its discovery document at start-up, so an unreachable or misnamed issuer
 * stops the start with its address in the message instead of failing every sign-in later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${blindspot.oidc.issuer:}' != ''")
class CompanySignOnConfig {

    @Bean
    ClientRegistrationRepository companyClientRegistration(
            @Value("${blindspot.oidc.issuer}") String issuer,
            @Value("${blindspot.oidc.client-id:}") String clientId,
            @Value("${blindspot.oidc.client-secret:}") String clientSecret) {
        if (clientId.isBlank()) {
            throw new IllegalStateException("BLINDSPOT_OIDC_ISSUER is set but BLINDSPOT_OIDC_CLIENT_ID is not");
        }
        var registration = ClientRegistrations.fromIssuerLocation(issuer.strip())
                .registrationId(SignInOptions.REGISTRATION_ID)
                .clientId(clientId.strip())
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    PortalAuthentication companySignOn(
            ClientRegistrationRepository registrations,
            AuthenticationManager passwords,
            DirectoryAccounts accounts,
            @Value("${blindspot.oidc.groups-claim:groups}") String groupsClaim,
            @Value("${blindspot.oidc.role-mapping:}") String roleMapping) {
        var users = new CompanyOidcUserService(accounts, GroupRoleMapping.parse(roleMapping), groupsClaim.strip());
        // The portal chain has its own authentication manager (passwords, throttled), so the
        // providers oauth2Login() would register are never asked: sign-on gets a manager of its own
        // that hands everything else to the password one.
        var signOn = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
        var manager = new ProviderManager(List.of(signOn), passwords);
        return portal -> portal.authenticationManager(manager).oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                // the login view explains a refusal (SignInOptions.SIGN_ON_REFUSED) from the session
                .failureHandler(new SignOnFailureLog()));
    }
}
