package io.blindspot.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;

/** For administrators: how much is in the system. */
class AdminHomeSection extends VerticalLayout {

    AdminHomeSection(long users, long teams, long results) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("System"));
        var figures = new HorizontalLayout(figure("Users", users), figure("Teams", teams), figure("Results", results));
        figures.addClassName("figures");
        add(figures);
    }

    private static Div figure(String label, long value) {
        var number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var card = new Div(number, caption);
        card.addClassName("figure");
        card.setId("figure-" + label.toLowerCase(Locale.ROOT));
        return card;
    }
}
