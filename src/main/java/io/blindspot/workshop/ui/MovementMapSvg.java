package io.blindspot.workshop.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.workshop.FollowUp;
import java.util.Locale;

/**
 * Where the dots moved between two rounds, as server-rendered SVG on the same axes as the team map:
 * for each member who shares in both rounds a hollow dot for then, an arrow to a filled dot for now;
 * the team centre likewise as a dashed arrow. Only what {@link FollowUp} carries (consent applied).
 */
final class MovementMapSvg {

    private static final int SIZE = TeamMapSvg.SIZE;
    private static final int CENTRE = SIZE / 2;

    private MovementMapSvg() {}

    static String map(FollowUp followUp) {
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"movement-map\" viewBox=\"0 0 %1$d %1$d\""
                        + " role=\"img\" aria-label=\"%2$s\">"
                        + "<title>%2$s</title>"
                        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto-start-reverse\">"
                        + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"
                        + "<rect class=\"frame\" x=\"0\" y=\"0\" width=\"%1$d\" height=\"%1$d\"/>"
                        + "<line class=\"axis\" x1=\"0\" y1=\"%3$d\" x2=\"%1$d\" y2=\"%3$d\"/>"
                        + "<line class=\"axis\" x1=\"%3$d\" y1=\"0\" x2=\"%3$d\" y2=\"%1$d\"/>"
                        + "<text class=\"quadrant\" x=\"12\" y=\"28\">D</text>"
                        + "<text class=\"quadrant\" x=\"%4$d\" y=\"28\" text-anchor=\"end\">I</text>"
                        + "<text class=\"quadrant\" x=\"%4$d\" y=\"%5$d\" text-anchor=\"end\">S</text>"
                        + "<text class=\"quadrant\" x=\"12\" y=\"%5$d\">C</text>",
                SIZE,
                TeamMapSvg.text("workshop.movement.title", followUp.previousTitle()),
                CENTRE,
                SIZE - 12,
                SIZE - 14));
        for (var move : followUp.moved()) {
            double x1 = TeamMapSvg.x(move.before().peopleVsTask());
            double y1 = TeamMapSvg.y(move.before().pace());
            double x2 = TeamMapSvg.x(move.now().peopleVsTask());
            double y2 = TeamMapSvg.y(move.now().pace());
            String tip = I18NProvider.translate(
                    "workshop.movement.tip",
                    move.name(),
                    String.valueOf(move.distance()),
                    String.valueOf(move.before().peopleVsTask()),
                    String.valueOf(move.now().peopleVsTask()),
                    String.valueOf(move.before().pace()),
                    String.valueOf(move.now().pace()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<g class=\"move\" tabindex=\"0\" aria-label=\"%1$s\"><title>%1$s</title>"
                            + "<circle class=\"then\" cx=\"%2$.1f\" cy=\"%3$.1f\" r=\"7\"/>"
                            + "<line x1=\"%2$.1f\" y1=\"%3$.1f\" x2=\"%4$.1f\" y2=\"%5$.1f\" marker-end=\"url(#arrow)\"/>"
                            + "<circle class=\"now\" cx=\"%4$.1f\" cy=\"%5$.1f\" r=\"7\"/></g>",
                    TeamMapSvg.escape(tip),
                    x1,
                    y1,
                    x2,
                    y2));
        }
        if (followUp.centreBefore() != null && followUp.centreNow() != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<g class=\"centre-move\"><title>%s</title>"
                            + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" marker-end=\"url(#arrow)\"/></g>",
                    TeamMapSvg.text("workshop.movement.centre"),
                    TeamMapSvg.x(followUp.centreBefore().peopleVsTask()),
                    TeamMapSvg.y(followUp.centreBefore().pace()),
                    TeamMapSvg.x(followUp.centreNow().peopleVsTask()),
                    TeamMapSvg.y(followUp.centreNow().pace())));
        }
        return svg.append("</svg>").toString();
    }
}
