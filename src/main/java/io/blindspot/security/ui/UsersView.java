package io.blindspot.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.AccountAction;
import io.blindspot.security.AccountService;
import io.blindspot.security.AccountService.AccountSummary;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** Administrators: every account and its roles. */
@Route("admin/users")
@PageTitle("Users · Blindspot")
@Menu(order = 90, title = "Users", icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    final Grid<AccountSummary> users = new Grid<>(AccountSummary.class, false);

    public UsersView(AccountService accounts, List<AccountAction> actions) {
        add(new H2("Users"));
        users.addColumn(AccountSummary::username).setHeader("Username");
        users.addColumn(AccountSummary::displayName).setHeader("Name").setFlexGrow(2);
        users.addColumn(a -> a.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setFlexGrow(2);
        users.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status");
        // actions features above the accounts offer (the privacy module's erasure), one button each
        users.addComponentColumn(a -> actionButtons(a, actions, () -> users.setItems(accounts.allAccounts())))
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
        users.setItems(accounts.allAccounts());
        add(users);
        setSizeFull();
    }

    private static HorizontalLayout actionButtons(AccountSummary account, List<AccountAction> actions, Runnable done) {
        var buttons = new HorizontalLayout();
        actions.forEach(action ->
                buttons.add(new Button(action.label(), e -> action.open(account.id(), account.username(), done))));
        return buttons;
    }
}
