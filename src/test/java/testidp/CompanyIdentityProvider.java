package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server, run as
 * its own Spring Boot application on a random port, with a login form, a client for Blindspot and
 * people whose groups go into their ID token's {@code groups} claim.
 *
 * <p>Outside {@code io.blindspot} on purpose: Blindspot's component scan would otherwise find this
 * configuration in every test context, and the architecture tests would count it as a module.
 */
public final class CompanyIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "blindspot";
    public static final String CLIENT_SECRET = "blindspot-secret";

    /** Someone in a group Blindspot maps to a role. */
    public static final Person LEADER = new Person("ada", "ada-password", "Ada Leader", List.of("blindspot-leaders"));

    /** Someone whose only group gives no role in Blindspot. */
    public static final Person OUTSIDER =
            new Person("mallory", "mallory-password", "Mallory Outsider", List.of("marketing"));

    /** Someone who takes the username of a local Blindspot account (the demo's first admin). */
    public static final Person NAMESAKE =
            new Person("admin", "admin-password", "Not The Admin", List.of("blindspot-admins"));

    /** Where the provider sends people back: set by the test once Blindspot's port is known. */
    static volatile String redirectUri = "http://127.0.0.1/unset";

    private final ConfigurableApplicationContext context;

    private CompanyIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static CompanyIdentityProvider start() {
        var app = new SpringApplicationBuilder(Provider.class).build();
        app.setDefaultProperties(Map.of("server.servlet.session.cookie.name", "IDPSESSION"));
        // its own (absent) configuration file, not Blindspot's application.properties
        return new CompanyIdentityProvider(app.run(
                "--spring.config.name=test-idp",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
    }

    /** The issuer: on "localhost", so its cookies never mix with Blindspot's on 127.0.0.1. */
    public String issuer() {
        return "http://localhost:"
                + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Blindspot's address on this machine; the provider accepts only its callback there. */
    public void acceptCallbacksFrom(String blindspotBaseUrl) {
        redirectUri = blindspotBaseUrl + "/login/oauth2/code/company";
    }

    @Override
    public void close() {
        SpringApplication.exit(context);
    }

    public record Person(String username, String password, String name, List<String> groups) {}

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(List.of(LEADER, OUTSIDER, NAMESAKE).stream()
                    .map(p -> User.withUsername(p.username())
                            .password("{noop}" + p.password())
                            .authorities(
                                    p.groups().stream().map(g -> "GROUP_" + g).toArray(String[]::new))
                            .build())
                    .toList());
        }

        /** The client's redirect URI is read at each request: Blindspot's port is known only after the provider runs. */
        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // the server re-saves a client to upgrade its secret's hashing; this one is fixed
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? blindspot() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? blindspot() : null;
                }
            };
        }

        private static RegisteredClient blindspot() {
            return RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
        }

        /** Name, e-mail and groups in the ID token, as a company directory's provider puts them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                var principal = context.getPrincipal();
                var person = List.of(LEADER, OUTSIDER, NAMESAKE).stream()
                        .filter(p -> p.username().equals(principal.getName()))
                        .findFirst()
                        .orElseThrow();
                context.getClaims()
                        .claim("preferred_username", person.username())
                        .claim("name", person.name())
                        .claim("email", person.username() + "@example.com")
                        .claim(
                                "groups",
                                principal.getAuthorities().stream()
                                        .map(GrantedAuthority::getAuthority)
                                        .filter(a -> a.startsWith("GROUP_"))
                                        .map(a -> a.substring("GROUP_".length()))
                                        .toList());
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
