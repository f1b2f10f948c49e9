package io.blindspot.assessment.instrument;

import io.blindspot.base.InputBinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an instrument from YAML and validates it. The expected layout, with the shipped
 * {@code instruments/workplace-style-v1.yaml} as the full example:
 *
 * <pre>
 * id: workplace-style
 * version: 1
 * title: {en: Workplace Style, de: Arbeitsstil}
 * languages: [en, de]
 * scaleLabels:            # five answer labels per language, for answers 1 to 5
 *   en: [Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree]
 *   de: [...]
 * items:
 *   - id: D01
 *     scale: D            # D, I, S or C
 *     keyed: "+"          # "+" or "-" (quoted: a bare - means a list in YAML)
 *     text: {en: ..., de: ...}
 * </pre>
 */
public final class InstrumentParser {

    /** Fewest items a scale may have: alpha and the quality checks need several per scale. */
    public static final int MIN_ITEMS_PER_SCALE = 4;

    static final int LIKERT_POINTS = 5;
    private static final InputBinder YAML = InputBinder.yaml();

    private InstrumentParser() {}

    /**
     * Parses and validates an instrument.
     *
     * @param yaml the file content
     * @param sourceName the file name or upload name, used in error messages
     * @throws InstrumentValidationException listing every problem found
     */
    public static Instrument parse(String yaml, String sourceName) {
        var bound = YAML.bind(yaml, InstrumentFile.class);
        if (bound.value() == null && bound.problems().isEmpty()) {
            throw new InstrumentValidationException(
                    sourceName, List.of(new InstrumentProblem("instrument", "the file is empty")));
        }
        List<InstrumentProblem> problems = InstrumentCheck.problemsOf(bound);
        if (!problems.isEmpty()) {
            throw new InstrumentValidationException(sourceName, problems);
        }
        return bound.value().toInstrument();
    }

    /** Parses an instrument shipped on the classpath, e.g. {@code instruments/workplace-style-v1.yaml}. */
    public static Instrument parseResource(String resourcePath) {
        try (InputStream in = InstrumentParser.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IllegalArgumentException("No instrument on the classpath at " + resourcePath);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resourcePath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resourcePath, e);
        }
    }
}
