package io.blindspot.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One scale score 0–100 as a labelled horizontal bar, exposed to screen readers as a meter. */
class ScaleBar extends Div {

    final Span value = new Span();

    ScaleBar(String letter, String name, double score) {
        addClassName("scale-bar");
        long rounded = Math.round(score);
        var label = new Span(letter + " · " + name);
        label.addClassName("scale-name");
        value.setText(String.valueOf(rounded));
        value.addClassName("scale-value");
        var fill = new Div();
        fill.addClassName("scale-fill");
        fill.addClassName("scale-" + letter.toLowerCase());
        fill.getStyle().set("width", rounded + "%");
        var track = new Div(fill);
        track.addClassName("scale-track");
        track.getElement().setAttribute("role", "meter");
        track.getElement().setAttribute("aria-label", name);
        track.getElement().setAttribute("aria-valuemin", "0");
        track.getElement().setAttribute("aria-valuemax", "100");
        track.getElement().setAttribute("aria-valuenow", String.valueOf(rounded));
        add(label, value, track);
    }
}
