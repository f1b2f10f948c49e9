package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.ManagedAccount.Filter;
import io.blindspot.security.ManagedAccount.NewPerson;
import io.blindspot.support.MariaDbSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account administration on the real MariaDB server: the last-admin rule, also under a race, and its audit. */
@MariaDbSpringTest
class MariaDbAccountAdministrationIT {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AuditTrail audit;

    @Autowired
    DirectoryAccounts directory;

    @BeforeEach
    void asTheDemoAdmin() {
        signIn("admin");
        // earlier tests in this shared context may have left extra administrators
        for (var other : administration.search(new Filter(null, Role.ADMIN, null))) {
            if (!other.username().equals("admin") && other.enabled()) {
                administration.deactivate(other.id());
            }
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_last_active_admin_can_neither_lose_the_role_nor_be_deactivated() {
        long admin = accounts.findAccount("admin").orElseThrow().getId();

        assertThatThrownBy(() -> administration.changeRoles(admin, Set.of(Role.HR)))
                .isInstanceOf(AccountChangeRefused.class)
                .hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> administration.deactivate(admin))
                .isInstanceOf(AccountChangeRefused.class)
                .hasMessageContaining("last active administrator");

        assertThat(accounts.findAccount("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
        assertThat(accounts.findAccount("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void with_a_second_active_admin_the_first_may_step_down_and_a_deactivated_admin_does_not_count() {
        long second = newAdmin();
        long admin = accounts.findAccount("admin").orElseThrow().getId();
        administration.deactivate(second);

        assertThatThrownBy(() -> administration.changeRoles(admin, Set.of(Role.HR)))
                .isInstanceOf(AccountChangeRefused.class);

        administration.reactivate(second);
        administration.changeRoles(admin, Set.of(Role.ADMIN, Role.HR));
        assertThat(accounts.findAccount("admin").orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.HR);
        administration.changeRoles(second, Set.of(Role.EXECUTIVE));
        assertThat(administration.get(second).roles()).containsExactly(Role.EXECUTIVE);
    }

    @Test
    void two_admins_demoting_each_other_at_the_same_moment_leave_one_admin() throws Exception {
        long second = newAdmin();
        long admin = accounts.findAccount("admin").orElseThrow().getId();
        String secondName = administration.get(second).username();
        var start = new CountDownLatch(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            outcomes.add(pool.submit(demote("admin", second, start)));
            outcomes.add(pool.submit(demote(secondName, admin, start)));
            int succeeded = 0;
            for (var outcome : outcomes) {
                succeeded += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        var left = administration.search(new Filter(null, Role.ADMIN, ManagedAccount.Status.ACTIVE));
        assertThat(left).hasSize(1);
        // the demo admin may have been the one demoted: the winner gives the role back for the tests after this one
        if (!left.get(0).username().equals("admin")) {
            signIn(left.get(0).username());
            administration.changeRoles(admin, Set.of(Role.ADMIN));
            signIn("admin");
        }
    }

    @Test
    void a_deactivated_person_cannot_log_in_and_every_change_is_audited() {
        String username = "deactivated." + Long.toString(System.nanoTime(), 36);
        accounts.createAccount(username, "Dee Activated", encoder.encode("a-long-password-9"), Set.of(Role.EXECUTIVE));
        long id = accounts.findAccount(username).orElseThrow().getId();

        administration.deactivate(id);

        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "a-long-password-9")))
                .isInstanceOf(DisabledException.class);
        administration.reactivate(id);
        assertThat(authentication
                        .authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(username, "a-long-password-9"))
                        .isAuthenticated())
                .isTrue();
        assertThat(audit.about(id))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("admin", "ACCOUNT_DEACTIVATED"),
                        org.assertj.core.groups.Tuple.tuple("admin", "ACCOUNT_REACTIVATED"));
    }

    @Test
    void demo_accounts_keep_logging_in_with_their_short_demo_password() {
        assertThat(authentication
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("hr", "demo"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void someone_who_is_not_an_admin_cannot_administer_accounts() {
        signIn("hr");
        long admin = accounts.findAccount("admin").orElseThrow().getId();

        assertThatThrownBy(() -> administration.search(Filter.any())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(admin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(new NewPerson("X", null, "x-by-hr", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Callable<Boolean> demote(String actor, long target, CountDownLatch start) {
        return () -> {
            signIn(actor);
            try {
                start.countDown();
                start.await();
                administration.changeRoles(target, Set.of(Role.EXECUTIVE));
                return true;
            } catch (AccountChangeRefused refused) {
                return false;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    private long newAdmin() {
        String username = "second.admin." + Long.toString(System.nanoTime(), 36);
        return administration
                .create(new NewPerson("Second Admin", null, username, Set.of(Role.ADMIN)))
                .accountId();
    }

    @Test
    void the_company_directory_cannot_take_the_role_from_the_last_active_admin() {
        String username = "sso.admin." + Long.toString(System.nanoTime(), 36);
        var asAdmin = new DirectoryPerson(
                "https://login.example.com", username, username, "Sal Signon", null, Set.of(Role.ADMIN));
        var asExecutive = new DirectoryPerson(
                "https://login.example.com", username, username, "Sal Signon", null, Set.of(Role.EXECUTIVE));
        directory.signIn(asAdmin);
        long demoAdmin = accounts.findAccount("admin").orElseThrow().getId();
        administration.deactivate(demoAdmin);
        try {
            var signedOn = directory.signIn(asExecutive);

            var kept = accounts.findAccount(username).orElseThrow();
            assertThat(kept.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EXECUTIVE);
            assertThat(signedOn.roles())
                    .as("the login carries the kept role, or the account recheck would end every session of it")
                    .containsExactlyInAnyOrder(Role.ADMIN, Role.EXECUTIVE);
            assertThat(audit.about(kept.getId())).extracting(AuditEntry::action).contains(AccountChangeDenied.ACTION);
        } finally {
            administration.reactivate(demoAdmin);
        }

        // with another active administrator, the directory's roles apply as they are
        assertThat(directory.signIn(asExecutive).roles()).containsExactly(Role.EXECUTIVE);
        assertThat(accounts.findAccount(username).orElseThrow().getRoles()).containsExactly(Role.EXECUTIVE);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
