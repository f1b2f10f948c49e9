package io.blindspot.workshop.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.workshop.Debrief;
import java.util.Locale;

/**
 * The team style map and the scale chart as server-rendered SVG, from a {@link Debrief} (consent
 * already applied): one labelled dot per sharing member (initials; name and scores on hover and
 * focus), the leader ringed, grey dots for everyone else, the team centre as a cross.
 */
final class TeamMapSvg {

    static final int SIZE = 400;
    private static final int CENTRE = SIZE / 2;
    private static final int RADIUS = 170;

    private TeamMapSvg() {}

    static String map(Debrief debrief) {
        var svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"team-map\" viewBox=\"0 0 %1$d %1$d\" role=\"img\""
                        + " aria-label=\"%7$s\"><title>%7$s</title>"
                        + "<rect class=\"q q-d\" x=\"0\" y=\"0\" width=\"%3$d\" height=\"%3$d\"/>"
                        + "<rect class=\"q q-i\" x=\"%3$d\" y=\"0\" width=\"%3$d\" height=\"%3$d\"/>"
                        + "<rect class=\"q q-c\" x=\"0\" y=\"%3$d\" width=\"%3$d\" height=\"%3$d\"/>"
                        + "<rect class=\"q q-s\" x=\"%3$d\" y=\"%3$d\" width=\"%3$d\" height=\"%3$d\"/>"
                        + "<line class=\"axis\" x1=\"0\" y1=\"%3$d\" x2=\"%1$d\" y2=\"%3$d\"/>"
                        + "<line class=\"axis\" x1=\"%3$d\" y1=\"0\" x2=\"%3$d\" y2=\"%1$d\"/>"
                        + "<text class=\"quadrant\" x=\"12\" y=\"28\">%8$s</text>"
                        + "<text class=\"quadrant\" x=\"%4$d\" y=\"28\" text-anchor=\"end\">%9$s</text>"
                        + "<text class=\"quadrant\" x=\"%4$d\" y=\"%5$d\" text-anchor=\"end\">%10$s</text>"
                        + "<text class=\"quadrant\" x=\"12\" y=\"%5$d\">%11$s</text>"
                        + "<text class=\"axis-label\" x=\"%3$d\" y=\"12\" text-anchor=\"middle\">%12$s</text>"
                        + "<text class=\"axis-label\" x=\"%3$d\" y=\"%6$d\" text-anchor=\"middle\">%13$s</text>"
                        + "<text class=\"axis-label\" x=\"4\" y=\"%3$d\" dy=\"-4\">%14$s</text>"
                        + "<text class=\"axis-label\" x=\"%4$d\" y=\"%3$d\" dy=\"-4\" text-anchor=\"end\">%15$s</text>",
                SIZE,
                escape(debrief.team().name()),
                CENTRE,
                SIZE - 12,
                SIZE - 14,
                SIZE - 3,
                text("workshop.map.title", debrief.team().name()),
                text("workshop.map.quadrantD"),
                text("workshop.map.quadrantI"),
                text("workshop.map.quadrantS"),
                text("workshop.map.quadrantC"),
                text("workshop.map.fastPace"),
                text("workshop.map.moderatePace"),
                text("workshop.map.task"),
                text("workshop.map.people")));
        var aggregate = debrief.aggregate();
        if (aggregate != null) {
            String anonymous = text("workshop.map.anonymous");
            for (var dot : aggregate.anonymousDots()) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"dot anonymous\" cx=\"%.1f\" cy=\"%.1f\" r=\"9\"><title>%s</title></circle>",
                        x(dot.peopleVsTask()),
                        y(dot.pace()),
                        anonymous));
            }
            for (var m : debrief.members()) {
                if (m.scores() == null) {
                    continue;
                }
                var s = m.scores();
                String tip = I18NProvider.translate(
                        "workshop.map.tip",
                        m.leader() ? I18NProvider.translate("workshop.map.namedLeader", m.name()) : m.name(),
                        whole(s.d()),
                        whole(s.i()),
                        whole(s.s()),
                        whole(s.c()),
                        s.style());
                svg.append(String.format(
                        Locale.ROOT,
                        "<g class=\"dot named%s\" tabindex=\"0\" aria-label=\"%s\"><title>%s</title>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"15\"/>"
                                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>",
                        m.leader() ? " leader" : "",
                        escape(tip),
                        escape(tip),
                        x(s.peopleVsTask()),
                        y(s.pace()),
                        x(s.peopleVsTask()),
                        y(s.pace()) + 4,
                        escape(m.initials())));
            }
            double cx = x(aggregate.centre().peopleVsTask());
            double cy = y(aggregate.centre().pace());
            svg.append(String.format(
                    Locale.ROOT,
                    "<g class=\"centre\"><title>%s</title><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                            + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></g>",
                    text("workshop.map.centre"),
                    cx - 10,
                    cy,
                    cx + 10,
                    cy,
                    cx,
                    cy - 10,
                    cx,
                    cy + 10));
        }
        return svg.append("</svg>").toString();
    }

    /** Mean per scale as a bar, the spread as a whisker, high and low counts beside it. */
    static String scales(Debrief.Aggregate aggregate) {
        int width = 440;
        int row = 34;
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scale-chart\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-label=\"%s\"><title>%s</title>",
                width,
                row * aggregate.scales().size() + 10,
                text("workshop.scales.label"),
                text("workshop.scales.title")));
        int y = 8;
        for (var s : aggregate.scales()) {
            double barStart = 30;
            double scale = 2.8;
            svg.append(String.format(
                    Locale.ROOT,
                    "<g class=\"scale\"><title>%15$s</title>"
                            + "<text x=\"4\" y=\"%6$d\">%1$s</text>"
                            + "<rect class=\"track\" x=\"%7$.1f\" y=\"%8$d\" width=\"%9$.1f\" height=\"14\"/>"
                            + "<rect class=\"bar\" x=\"%7$.1f\" y=\"%8$d\" width=\"%10$.1f\" height=\"14\"/>"
                            + "<line class=\"spread\" x1=\"%11$.1f\" y1=\"%12$d\" x2=\"%13$.1f\" y2=\"%12$d\"/>"
                            + "<text class=\"counts\" x=\"%14$.1f\" y=\"%6$d\">%2$s · ↑%4$d ↓%5$d</text></g>",
                    s.scale(),
                    whole(s.mean()),
                    whole(s.spread()),
                    s.high(),
                    s.low(),
                    y + 12,
                    barStart,
                    y,
                    100 * scale,
                    s.mean() * scale,
                    barStart + Math.max(0, s.mean() - s.spread()) * scale,
                    y + 7,
                    barStart + Math.min(100, s.mean() + s.spread()) * scale,
                    barStart + 100 * scale + 6,
                    text("workshop.scales.tip", s.scale(), whole(s.mean()), whole(s.spread()), s.high(), s.low())));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    static double x(double peopleVsTask) {
        return CENTRE + Math.max(-100, Math.min(100, peopleVsTask)) / 100 * RADIUS;
    }

    static double y(double pace) {
        return CENTRE - Math.max(-100, Math.min(100, pace)) / 100 * RADIUS;
    }

    /** A translated text, escaped for the SVG. */
    static String text(String key, Object... arguments) {
        return escape(I18NProvider.translate(key, arguments));
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
