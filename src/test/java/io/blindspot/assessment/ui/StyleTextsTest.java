package io.blindspot.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Scale;
import io.blindspot.scoring.Style;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's keys built from the scoring enums exist in both bundles, and the English ones say what the enums say. */
class StyleTextsTest {

    static final Properties english = load("assessment.properties");
    static final Properties german = load("assessment_de.properties");

    @Test
    void every_style_has_its_label_description_strengths_and_watch_outs_in_both_bundles() {
        for (Style style : Style.values()) {
            var keys = new ArrayList<String>();
            keys.add(StyleTexts.label(style));
            keys.add(StyleTexts.description(style));
            keys.addAll(StyleTexts.strengths(style));
            keys.addAll(StyleTexts.watchOuts(style));
            assertThat(keys).as(style.name()).allSatisfy(key -> {
                assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
                assertThat(german.getProperty(key)).as("German " + key).isNotBlank();
            });
            // no surplus line that the report would never show
            String next = "assessment.style." + style.name() + ".strengths."
                    + (style.strengths().size() + 1);
            assertThat(english.getProperty(next)).as(next).isNull();
            assertThat(german.getProperty(next)).as(next).isNull();
            next = "assessment.style." + style.name() + ".watch-outs."
                    + (style.watchOuts().size() + 1);
            assertThat(english.getProperty(next)).as(next).isNull();
            assertThat(german.getProperty(next)).as(next).isNull();
        }
    }

    @Test
    void the_english_bundle_says_what_the_scoring_enums_say() {
        for (Style style : Style.values()) {
            assertThat(english.getProperty(StyleTexts.label(style))).isEqualTo(style.label());
            assertThat(english.getProperty(StyleTexts.description(style))).isEqualTo(typographic(style.description()));
            assertThat(StyleTexts.strengths(style).stream().map(english::getProperty))
                    .containsExactlyElementsOf(typographic(style.strengths()));
            assertThat(StyleTexts.watchOuts(style).stream().map(english::getProperty))
                    .containsExactlyElementsOf(typographic(style.watchOuts()));
        }
        for (QualityFlag flag : QualityFlag.values()) {
            assertThat(english.getProperty(StyleTexts.flag(flag))).isEqualTo(typographic(flag.explanation()));
        }
        for (Scale scale : Scale.values()) {
            assertThat(english.getProperty(StyleTexts.scale(scale))).isEqualTo(scale.label());
        }
    }

    @Test
    void german_texts_are_translations_not_copies() {
        for (Style style : Style.values()) {
            assertThat(german.getProperty(StyleTexts.description(style)))
                    .as(style.name())
                    .isNotEqualTo(english.getProperty(StyleTexts.description(style)));
        }
    }

    @Test
    void every_scale_and_quality_flag_has_its_keys_in_both_bundles() {
        var keys = new ArrayList<String>();
        for (Scale scale : Scale.values()) {
            keys.add(StyleTexts.scale(scale));
            keys.add(StyleTexts.scaleMeaning(scale));
        }
        for (QualityFlag flag : QualityFlag.values()) {
            keys.add(StyleTexts.flag(flag));
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(german.getProperty(key)).as("German " + key).isNotBlank();
        });
    }

    /** The bundles write the typographic apostrophe, which MessageFormat leaves alone. */
    private static String typographic(String text) {
        return text.replace('\'', '’');
    }

    private static List<String> typographic(List<String> lines) {
        return lines.stream().map(StyleTextsTest::typographic).toList();
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
