package io.blindspot.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** The shell around every view after login: navigation filtered by role, the user and a logout. */
@Layout
@RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class MainLayout extends AppLayout {

    final SideNav nav = new SideNav();
    final Span userName = new Span();
    final Button logout = new Button(VaadinIcon.SIGN_OUT.create());

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        var me = accounts.me();
        userName.setText(me.displayName());
        userName.addClassName("user-name");
        userName.getElement()
                .setAttribute(
                        "title",
                        me.roles().stream()
                                .map(role -> getTranslation("shell.role." + role.name()))
                                .sorted()
                                .collect(Collectors.joining(", ")));
        logout.setText(getTranslation("shell.layout.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(e -> authentication.logout());

        var title = new H1("Blindspot");
        title.addClassName("app-title");
        var header = new HorizontalLayout(new DrawerToggle(), title, userName, logout);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        // Menu entries come from @Menu on the views, already filtered by the current user's roles.
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(sideNavItem(entry)));
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }

    private SideNavItem sideNavItem(MenuEntry entry) {
        // @Menu titles are translation keys, so the navigation follows the person's language.
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            var parts = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(parts[0], parts[1]));
        }
        return item;
    }
}
