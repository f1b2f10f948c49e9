package io.blindspot.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/** The start page: the sections features contribute for the roles the person holds, each with their real data. */
@Route("")
@Menu(order = 0, title = "shell.nav.home", icon = "vaadin:home")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class HomeView extends VerticalLayout implements TranslatedTitle {

    HomeView(AccountService accounts, List<HomeSection> sections) {
        addClassName("home-view");
        add(new H2(getTranslation("shell.home.welcome", accounts.me().displayName())));
        var user = SecurityContextHolder.getContext().getAuthentication();
        sections.stream()
                .filter(section -> section.appliesTo(user))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(section -> add(section.create()));
        if (getComponentCount() == 1) {
            add(new Paragraph(getTranslation("shell.home.no-role")));
        }
    }

    @Override
    public String titleKey() {
        return "shell.home.title";
    }
}
