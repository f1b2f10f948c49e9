package io.blindspot.security;

import io.blindspot.base.StartupProblem;
import io.blindspot.base.StartupStep;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can administer the portal: the first admin comes from BLINDSPOT_ADMIN_USER /
 * BLINDSPOT_ADMIN_PASSWORD and is created before demo data, so the configured password always
 * works. Only the embedded demo (which brings its own {@code admin}) may start without one.
 */
@Component
@Order(5)
class AdminBootstrap implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String username;
    private final String password;
    private final boolean demo;

    AdminBootstrap(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${blindspot.admin.username:}") String username,
            @Value("${blindspot.admin.password:}") String password,
            @Value("${blindspot.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.username = username;
        this.password = password;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void runAtStartup() {
        if (accounts.anyAdminExists()) {
            return;
        }
        boolean configured = !username.isBlank() && !password.isBlank();
        if (!configured && demo) {
            return;
        }
        if (!configured) {
            throw new StartupProblem(
                    "No administrator account exists and none is configured.",
                    "Set BLINDSPOT_ADMIN_USER and BLINDSPOT_ADMIN_PASSWORD to create the first administrator.");
        }
        var refused = policy.problem(username, password);
        if (refused.isPresent()) {
            throw new StartupProblem(
                    "BLINDSPOT_ADMIN_PASSWORD is not accepted: " + refused.get(),
                    "Choose another password for the first administrator (at least " + PasswordPolicy.MINIMUM_LENGTH
                            + " characters, not the username, not a common password).");
        }
        var admin = accounts.save(new UserAccount(
                username, "Administrator", encoder.encode(password), Set.of(Role.ADMIN), clock.instant()));
        events.publishEvent(new AccountCreated(admin.getId(), username, "system", "first administrator"));
        log.info("Created the first administrator account '{}'", username);
    }
}
