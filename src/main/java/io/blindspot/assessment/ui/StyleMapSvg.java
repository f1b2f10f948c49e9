package io.blindspot.assessment.ui;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The style map as server-rendered SVG: D top-left, I top-right, S bottom-right, C bottom-left;
 * x is people focus minus task focus, y fast minus moderate pace, both −100…100.
 */
final class StyleMapSvg {

    static final int SIZE = 320;
    private static final int CENTRE = SIZE / 2;
    private static final int RADIUS = 130;

    private StyleMapSvg() {}

    /**
     * The map with the person's dot; {@code translate} turns a key and its arguments into the
     * person's language (a component's {@code getTranslation}).
     */
    static String render(
            double peopleVsTask, double pace, String styleLabel, BiFunction<String, Object[], String> translate) {
        double x = CENTRE + clamp(peopleVsTask) / 100 * RADIUS;
        double y = CENTRE - clamp(pace) / 100 * RADIUS;
        String description = translate.apply(
                "assessment.report.map.description",
                new Object[] {styleLabel, Math.round(peopleVsTask), Math.round(pace)});
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
                <text class="axis-label" x="%3$d" y="14" text-anchor="middle">%12$s</text>\
                <text class="axis-label" x="%3$d" y="%7$d" text-anchor="middle">%13$s</text>\
                <text class="axis-label" x="6" y="%8$d">%14$s</text>\
                <text class="axis-label" x="%9$d" y="%8$d" text-anchor="end">%15$s</text>\
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
                y,
                escape(translate.apply("assessment.report.map.fast", new Object[0])),
                escape(translate.apply("assessment.report.map.moderate", new Object[0])),
                escape(translate.apply("assessment.report.map.task", new Object[0])),
                escape(translate.apply("assessment.report.map.people", new Object[0])));
    }

    private static double clamp(double value) {
        return Math.max(-100, Math.min(100, value));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
