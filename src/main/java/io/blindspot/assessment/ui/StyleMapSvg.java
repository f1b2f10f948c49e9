package io.blindspot.assessment.ui;

import java.util.Locale;

/**
 * The style map as server-rendered SVG: D top-left, I top-right, S bottom-right, C bottom-left;
 * x is people focus minus task focus, y fast minus moderate pace, both −100…100.
 */
final class StyleMapSvg {

    static final int SIZE = 320;
    private static final int CENTRE = SIZE / 2;
    private static final int RADIUS = 130;

    private StyleMapSvg() {}

    static String render(double peopleVsTask, double pace, String styleLabel) {
        double x = CENTRE + clamp(peopleVsTask) / 100 * RADIUS;
        double y = CENTRE - clamp(pace) / 100 * RADIUS;
        String description = "Style map: your position is " + styleLabel + ", " + Math.round(peopleVsTask)
                + " towards people focus and " + Math.round(pace) + " towards fast pace";
        return String.format(
                Locale.ROOT,
                """
                <svg xmlns="http://www.w3.org/2000/svg" class="style-map" viewBox="0 0 %1$d %1$d" role="img" \
                aria-label="%2$s"><title>%2$s</title>\
                <rect class="q q-d" x="0" y="0" width="%3$d" height="%3$d"/>\
                <rect class="q q-i" x="%3$d" y="0" width="%3$d" height="%3$d"/>\
                <rect class="q q-c" x="0" y="%3$d" width="%3$d" height="%3$d"/>\
                <rect class="q q-s" x="%3$d" y="%3$d" width="%3$d" height="%3$d"/>\
                <circle class="ring" cx="%3$d" cy="%3$d" r="%4$d"/>\
                <line class="axis" x1="0" y1="%3$d" x2="%1$d" y2="%3$d"/>\
                <line class="axis" x1="%3$d" y1="0" x2="%3$d" y2="%1$d"/>\
                <text class="corner" x="16" y="34">D</text>\
                <text class="corner" x="%5$d" y="34" text-anchor="end">I</text>\
                <text class="corner" x="%5$d" y="%6$d" text-anchor="end">S</text>\
                <text class="corner" x="16" y="%6$d">C</text>\
                <text class="axis-label" x="%3$d" y="14" text-anchor="middle">fast pace</text>\
                <text class="axis-label" x="%3$d" y="%7$d" text-anchor="middle">moderate pace</text>\
                <text class="axis-label" x="6" y="%8$d">task</text>\
                <text class="axis-label" x="%9$d" y="%8$d" text-anchor="end">people</text>\
                <circle class="dot" cx="%10$.1f" cy="%11$.1f" r="9"/></svg>""",
                SIZE,
                escape(description),
                CENTRE,
                RADIUS,
                SIZE - 16,
                SIZE - 14,
                SIZE - 6,
                CENTRE - 6,
                SIZE - 6,
                x,
                y);
    }

    private static double clamp(double value) {
        return Math.max(-100, Math.min(100, value));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
