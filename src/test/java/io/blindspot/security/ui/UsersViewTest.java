package io.blindspot.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.security.AccountAdministration;
import io.blindspot.security.AccountService;
import io.blindspot.security.LoginThrottle;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.ManagedAccount.Filter;
import io.blindspot.security.Role;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.support.KaribuTest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' users view with the real services and database behind it. */
class UsersViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SetPasswordLinks links;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuditTrail audit;

    UsersView view;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        navigate("admin/users");
        view = _get(UsersView.class);
    }

    @Test
    void an_admin_creates_a_person_and_gets_a_working_one_time_link_to_copy() {
        String username = unique("new.person");
        _click(view.addPerson);
        _setValue(view.form.name, "Nora Person");
        _setValue(view.form.email, username + "@example.com");
        _setValue(view.form.username, username);
        _setValue(view.form.roles, EnumSet.of(Role.EXECUTIVE, Role.FACILITATOR));
        _click(view.form.save);

        assertThat(view.issuedLink.isVisible()).isTrue();
        String link = view.issuedLink.getValue();
        assertThat(link).contains("/set-password?token=");
        assertThat(view.issuedNote.getText()).contains(username, "E-mail is not configured");
        assertThat(links.usernameFor(link.substring(link.indexOf("token=") + 6)))
                .contains(username);
        assertThat(accounts.findAccount(username).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.EXECUTIVE, Role.FACILITATOR);
        assertThat(shown()).extracting(ManagedAccount::username).contains(username);
        assertThat(auditOf(username)).extracting(AuditEntry::action).contains("ACCOUNT_CREATED");
    }

    @Test
    void wrong_fields_are_marked_and_what_was_entered_is_kept() {
        _click(view.addPerson);
        _setValue(view.form.name, "Someone");
        _setValue(view.form.username, "admin");
        _click(view.form.save);

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).contains("is taken");
        assertThat(view.form.username.getValue()).isEqualTo("admin");
        assertThat(view.form.name.getValue()).isEqualTo("Someone");
        assertThat(view.issuedLink.isVisible()).isFalse();
        assertThat(view.message.getText()).isEqualTo("Please correct the marked fields.");
    }

    @Test
    void search_and_filters_narrow_the_list() {
        _setValue(view.search, "Alex Mor");
        assertThat(shown()).extracting(ManagedAccount::username).contains("admin");
        _setValue(view.search, "");
        _setValue(view.roleFilter, Role.HR);
        assertThat(shown()).isNotEmpty().allSatisfy(a -> assertThat(a.roles()).contains(Role.HR));
        _setValue(view.roleFilter, null);
        _setValue(view.statusFilter, ManagedAccount.Status.DEACTIVATED);
        assertThat(shown()).allSatisfy(a -> assertThat(a.enabled()).isFalse());
    }

    @Test
    void an_admin_gives_a_person_several_roles() {
        var person = created(Role.EXECUTIVE);
        select(person);

        _setValue(view.editor.roles, EnumSet.of(Role.FACILITATOR, Role.HR));
        _click(view.editor.saveRoles);

        assertThat(accounts.findAccount(person.username()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.FACILITATOR, Role.HR);
        assertThat(view.message.getText()).isEqualTo("Roles saved.");
        assertThat(auditOf(person.username())).anySatisfy(e -> assertThat(e.action() + " " + e.detail())
                .isEqualTo("ROLES_CHANGED EXECUTIVE -> FACILITATOR,HR"));
    }

    @Test
    void a_paused_account_shows_until_when_and_the_admin_unlocks_it() {
        var person = created(Role.EXECUTIVE);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(person.username(), "10.9.8.7");
        }
        navigate("admin/users");
        view = _get(UsersView.class);
        var listed = shown().stream()
                .filter(a -> a.username().equals(person.username()))
                .findFirst()
                .orElseThrow();
        assertThat(UsersTexts.status(listed)).startsWith("Paused until ");
        select(listed);
        assertThat(view.editor.unlock.isVisible()).isTrue();

        _click(view.editor.unlock);

        assertThat(view.message.getText()).isEqualTo("Unlocked: this person can try to log in again now.");
        assertThat(view.editor.status.getText()).isEqualTo("Active");
        throttle.checkAllowed(person.username(), "10.9.8.7"); // throws while still paused
        assertThat(auditOf(person.username())).extracting(AuditEntry::action).contains("ACCOUNT_UNLOCKED");
    }

    @Test
    void an_admin_deactivates_and_reactivates_a_person_who_is_never_deleted() {
        var person = created(Role.EXECUTIVE);
        select(person);

        _click(view.editor.deactivate);
        assertThat(accounts.findAccount(person.username()).orElseThrow().isEnabled())
                .isFalse();
        assertThat(view.editor.status.getText()).isEqualTo("Deactivated");
        assertThat(view.editor.reactivate.isVisible()).isTrue();

        _click(view.editor.reactivate);
        assertThat(accounts.findAccount(person.username()).orElseThrow().isEnabled())
                .isTrue();
        assertThat(auditOf(person.username()))
                .extracting(AuditEntry::action)
                .contains("ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
    }

    @Test
    void a_password_reset_shows_a_new_one_time_link() {
        var person = created(Role.EXECUTIVE);
        select(person);

        _click(view.editor.reset);

        String link = view.issuedLink.getValue();
        assertThat(links.usernameFor(link.substring(link.indexOf("token=") + 6)))
                .contains(person.username());
        assertThat(auditOf(person.username())).extracting(AuditEntry::action).contains("PASSWORD_RESET_ISSUED");
    }

    @Test
    void the_last_active_admin_keeps_the_role_and_stays_active() {
        onlyTheDemoAdminIsAnActiveAdmin();
        var admin = shown().stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        select(admin);

        _setValue(view.editor.roles, EnumSet.of(Role.HR));
        _click(view.editor.saveRoles);

        assertThat(view.message.getText()).contains("last active administrator");
        assertThat(view.editor.roles.getValue())
                .as("what the admin ticked is kept")
                .containsExactly(Role.HR);
        assertThat(accounts.findAccount("admin").orElseThrow().getRoles()).contains(Role.ADMIN);

        _click(view.editor.deactivate);
        assertThat(view.message.getText()).contains("last active administrator");
        assertThat(accounts.findAccount("admin").orElseThrow().isEnabled()).isTrue();
        assertThat(auditOf("admin"))
                .as("both refusals are in the audit trail")
                .filteredOn(e -> e.action().equals("ACCOUNT_CHANGE_REFUSED"))
                .extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("ROLES_CHANGED refused"))
                .anySatisfy(d -> assertThat(d).startsWith("ACCOUNT_DEACTIVATED refused"));
    }

    /** Other tests in the shared context may have made administrators; only the demo's stays one here. */
    private void onlyTheDemoAdminIsAnActiveAdmin() {
        for (var other : administration.search(new Filter(null, Role.ADMIN, null))) {
            if (!other.username().equals("admin") && other.enabled()) {
                administration.deactivate(other.id());
            }
        }
    }

    private ManagedAccount created(Role role) {
        String username = unique("person");
        var issued =
                administration.create(new ManagedAccount.NewPerson("Test " + username, null, username, Set.of(role)));
        view.refresh();
        return administration.get(issued.accountId());
    }

    private void select(ManagedAccount account) {
        view.users.select(account);
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editor.heading.getText()).contains(account.username());
    }

    private java.util.List<ManagedAccount> shown() {
        return view.users.getListDataView().getItems().toList();
    }

    private java.util.List<AuditEntry> auditOf(String username) {
        long id = accounts.findAccount(username).orElseThrow().getId();
        return audit.about(id);
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }
}
