package io.blindspot.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.Role;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The selected person: their roles to edit and what an administrator can do to the account. Knows
 * no service: each button hands the account (and the chosen roles) to the view's listener.
 */
class AccountEditor extends VerticalLayout {

    final H3 heading = new H3();
    final Paragraph status = new Paragraph();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(UsersTexts.ROLES);
    final Button saveRoles = new Button(UsersTexts.SAVE_ROLES);
    final Button deactivate = new Button(UsersTexts.DEACTIVATE);
    final Button reactivate = new Button(UsersTexts.REACTIVATE);
    final Button reset = new Button(UsersTexts.RESET);
    final Button unlock = new Button(UsersTexts.UNLOCK);
    private ManagedAccount account;

    /** What the buttons ask for; the view carries it out. */
    interface Actions {
        void saveRoles(ManagedAccount account, Set<Role> roles);

        void deactivate(ManagedAccount account);

        void reactivate(ManagedAccount account);

        void resetPassword(ManagedAccount account);

        void unlock(ManagedAccount account);
    }

    AccountEditor(Actions actions) {
        addClassName("account-editor");
        status.setId("account-status");
        roles.setId("account-roles");
        saveRoles.setId("account-save-roles");
        deactivate.setId("account-deactivate");
        reactivate.setId("account-reactivate");
        reset.setId("account-reset");
        unlock.setId("account-unlock");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        saveRoles.addClickListener(e -> act(a -> actions.saveRoles(a, roles.getValue())));
        deactivate.addClickListener(e -> act(actions::deactivate));
        reactivate.addClickListener(e -> act(actions::reactivate));
        reset.addClickListener(e -> act(actions::resetPassword));
        unlock.addClickListener(e -> act(actions::unlock));
        roles.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        var buttons = new HorizontalLayout(saveRoles, reset, unlock, deactivate, reactivate);
        buttons.setWrap(true);
        add(heading, status, roles, buttons);
        setPadding(false);
        setVisible(false);
    }

    ManagedAccount account() {
        return account;
    }

    /** Shows the account as stored; {@code keepRoles} leaves the roles as the administrator ticked them. */
    void show(ManagedAccount shown, boolean keepRoles) {
        this.account = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        heading.setText(shown.displayName() + " (" + shown.username() + ")");
        status.setText(UsersTexts.status(shown));
        if (!keepRoles) {
            roles.setValue(shown.roles());
        }
        deactivate.setVisible(shown.enabled());
        reactivate.setVisible(!shown.enabled());
        unlock.setVisible(shown.pausedUntil().isPresent());
    }

    /**
     * Shows the account as it is stored now; roles the administrator changed and has not saved stay
     * as ticked, unchanged ones follow the stored roles.
     */
    void refreshed(ManagedAccount current) {
        boolean edited = account != null && !roles.getValue().equals(account.roles());
        show(current, edited);
    }

    private void act(Consumer<ManagedAccount> action) {
        if (account != null) {
            action.accept(account);
        }
    }
}
