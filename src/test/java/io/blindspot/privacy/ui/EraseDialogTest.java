package io.blindspot.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.blindspot.security.AccountService;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.Role;
import io.blindspot.support.KaribuTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator erases a person from the users list, confirmed by typing the username. */
class EraseDialogTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void the_admin_erases_a_person_after_typing_their_username_and_a_typo_is_refused_with_the_input_kept() {
        String username = "erase-me-" + Instant.now().toEpochMilli();
        long id = accounts.createAccount(username, "Ernest Eraseme", "{noop}x", Set.of(Role.EXECUTIVE))
                .getId();
        login("admin");
        UI.getCurrent().navigate("admin/users");

        eraseButtonOf(username).click();
        var dialog = _get(EraseDialog.class);
        dialog.confirmation.setValue(username + "x");
        dialog.erase.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("Type the username " + username + " exactly");
        assertThat(dialog.confirmation.getValue()).isEqualTo(username + "x");
        assertThat(accounts.exists(username)).isTrue();

        dialog.confirmation.setValue(username);
        dialog.erase.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(accounts.exists(username)).isFalse();
        var shown = rows().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(shown.username()).isEqualTo("erased-" + id);
        assertThat(shown.displayName()).isEqualTo("erased-" + id);
        assertThat(shown.enabled()).isFalse();
        assertThat(shown.roles()).isEmpty();
    }

    @Test
    void the_admin_cannot_erase_their_own_account() {
        login("admin");
        UI.getCurrent().navigate("admin/users");

        eraseButtonOf("admin").click();
        var dialog = _get(EraseDialog.class);
        dialog.confirmation.setValue("admin");
        dialog.erase.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).contains("your own account");
        assertThat(accounts.exists("admin")).isTrue();
    }

    @Test
    void a_german_admin_is_told_in_german_to_type_the_username_and_that_their_own_account_cannot_be_erased() {
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("admin/users");

        eraseButtonOf("admin", "Löschen…").click();
        var dialog = _get(EraseDialog.class);
        dialog.confirmation.setValue("Admin");
        dialog.erase.click();
        assertThat(dialog.problem.getText()).isEqualTo("Geben Sie zur Bestätigung genau den Benutzernamen admin ein.");

        dialog.confirmation.setValue("admin");
        dialog.erase.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText())
                .isEqualTo("Sie können Ihr eigenes Konto nicht löschen; eine andere Person mit Administrationsrechten"
                        + " kann es.");
        assertThat(accounts.exists("admin")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ManagedAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static List<ManagedAccount> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    private static Button eraseButtonOf(String username) {
        return eraseButtonOf(username, "Erase…");
    }

    private static Button eraseButtonOf(String username, String label) {
        var all = rows();
        int row = all.indexOf(all.stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow());
        var actions = (HorizontalLayout) GridKt._getCellComponent(grid(), row, "actions");
        return _find(actions, Button.class).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
