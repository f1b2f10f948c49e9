package io.blindspot.assessment.ui;

import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Scale;
import io.blindspot.scoring.Style;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The translation keys of the scoring vocabulary a report shows: scales, styles and quality flags.
 * Scoring stays free of the UI; its enums keep the English domain texts (used by exports and
 * rules), and the {@code assessment} bundles hold the same texts in English and German under keys
 * derived from each constant's name. A style has as many strengths and watch-outs as the enum lists.
 */
final class StyleTexts {

    private StyleTexts() {}

    static String label(Style style) {
        return "assessment.style." + style.name() + ".label";
    }

    static String description(Style style) {
        return "assessment.style." + style.name() + ".description";
    }

    static List<String> strengths(Style style) {
        return numbered(
                "assessment.style." + style.name() + ".strengths.",
                style.strengths().size());
    }

    static List<String> watchOuts(Style style) {
        return numbered(
                "assessment.style." + style.name() + ".watch-outs.",
                style.watchOuts().size());
    }

    static String scale(Scale scale) {
        return "assessment.scale." + scale.name();
    }

    static String scaleMeaning(Scale scale) {
        return "assessment.scale." + scale.name() + ".meaning";
    }

    static String flag(QualityFlag flag) {
        return "assessment.flag." + flag.name();
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
    }
}
