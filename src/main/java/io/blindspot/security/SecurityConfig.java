package io.blindspot.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.blindspot.security.signin.SignInOptions;
import io.blindspot.security.ui.login.LoginView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the HTTP API under {@code /api/**} (HTTP Basic or a personal API token,
 * stateless, JSON errors) and
 * everything else for the Vaadin UI (form login). Both deny by default; views and services declare
 * their roles with {@code @RolesAllowed}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What Vaadin needs and no more: its client engine evaluates generated code and sets inline
     * styles ('unsafe-eval', 'unsafe-inline'); everything is served from the portal itself; push and
     * the dev tools use WebSockets on the same host.
     */
    /** The login view's route ({@code security.ui.login.LoginView}). */
    static final String LOGIN_PATH = "/login";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * Publishes every refused authorization as an application event, so modules above can audit
     * refusals (the rules API records each one).
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** Requests the firewall refuses (";x=1", "//", "%2e%2e") get 400 JSON, never a redirect to the login page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        var errors = new JsonSecurityErrors(json);
        return (request, response, rejected) -> errors.rejected(response);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ObjectMapper json,
            List<ApiAuthentication> otherWays)
            throws Exception {
        var errors = new JsonSecurityErrors(json);
        for (ApiAuthentication way : otherWays) {
            way.configure(http);
        }
        return http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                // Executives have no API that takes a body: refuse them before the body is read.
                // Their own API tokens and their own consent in a workshop are the exceptions: every
                // person's own resource (the workshop module checks that the caller takes part).
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/me/tokens")
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/workshops/*/consent")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole(Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME)
                        .requestMatchers(HttpMethod.PUT, "/api/**")
                        .hasAnyRole(Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME)
                        .requestMatchers(HttpMethod.PATCH, "/api/**")
                        .hasAnyRole(Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthorized()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(errors.unauthorized()).accessDeniedHandler(errors.forbidden()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper json)
            throws Exception {
        var errors = new JsonSecurityErrors(json);
        return http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN_NAME))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthorized()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            Clock clock,
            SignInOptions options,
            List<PortalAuthentication> otherWays,
            AccountUserDetailsService accountDetails,
            @Value("${server.servlet.session.timeout}") Duration sessionTimeout,
            @Value("${blindspot.session.account-recheck}") Duration accountRecheck)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // before the login is read from the session: an idle tab's next request finds it ended
        http.addFilterBefore(new IdleSessionTimeout(clock, sessionTimeout), SecurityContextHolderFilter.class);
        // likewise: a deactivated person's or a changed role's login ends within the recheck interval
        http.addFilterBefore(
                new AccountRecheck(clock, accountRecheck, accountDetails::activeRoleAuthorities),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/images/**", "/blindspot/**").permitAll());
        http.addFilterBefore(new LoginOriginCheck(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        if (!options.formLogin()) {
            http.addFilterBefore(new FormLoginOff(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        }
        for (PortalAuthentication way : otherWays) {
            way.configure(http);
        }
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
