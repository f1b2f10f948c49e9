package io.blindspot.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** For administrators: how much is in the system. */
class AdminHomeSection extends VerticalLayout {

    AdminHomeSection(long users, long teams, long results) {
        addClassName("home-section");
        setPadding(false);
        add(new H3(getTranslation("shell.admin.heading")));
        var figures = new HorizontalLayout(
                figure("users", getTranslation("shell.admin.users"), users),
                figure("teams", getTranslation("shell.admin.teams"), teams),
                figure("results", getTranslation("shell.admin.results"), results));
        figures.addClassName("figures");
        add(figures);
    }

    /** One figure; the id names it in every language. */
    private static Div figure(String id, String label, long value) {
        var number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var card = new Div(number, caption);
        card.addClassName("figure");
        card.setId("figure-" + id);
        return card;
    }
}
