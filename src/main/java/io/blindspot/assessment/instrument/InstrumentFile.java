package io.blindspot.assessment.instrument;

import io.blindspot.scoring.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An instrument file as written, bound by Jackson and checked field by field by Bean Validation;
 * {@link InstrumentCheck} adds what spans fields (languages, duplicate ids, items per scale).
 */
record InstrumentFile(
        @NotBlank(message = "missing id") String id,
        @NotNull(message = "missing version")
                @Min(value = 1, message = "version must be a whole number from 1, was ${validatedValue}")
                Integer version,
        Map<String, String> title,
        List<String> languages,
        Map<String, List<String>> scaleLabels,
        @NotEmpty(message = "items must be a non-empty list") List<@Valid Item> items) {

    /** Column instrument_version.instrument_key; checked against the schema by InstrumentLimitsIT. */
    public static final int MAX_ID_LENGTH = 100;
    /** Column instrument_version.title, which stores any one language's title. */
    public static final int MAX_TITLE_LENGTH = 200;
    /** Column answer.item_id. */
    public static final int MAX_ITEM_ID_LENGTH = 50;

    static final String KEYED = "keyed must be \"+\" or \"-\" (in quotes), was ";

    /** One statement as written; {@code keyed} stays text so that a bare {@code -} is caught, not read as a list. */
    record Item(
            @NotBlank(message = "missing id") String id,
            @NotNull(message = "missing scale (expected one of [D, I, S, C])") Scale scale,
            @NotNull(message = KEYED + "missing")
                    @Pattern(regexp = "\\s*[+-]\\s*", message = KEYED + "\"${validatedValue}\"")
                    String keyed,
            Map<String, String> text) {

        boolean reverseKeyed() {
            return keyed != null && keyed.trim().equals("-");
        }

        InstrumentItem toItem() {
            return new InstrumentItem(id.trim(), trimmed(text), scale, reverseKeyed());
        }
    }

    /** Only call once every check passed. */
    Instrument toInstrument() {
        return new Instrument(
                id.trim(),
                version,
                trimmed(title),
                languages.stream().map(String::trim).toList(),
                scaleLabels.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(String::trim)
                        .toList())),
                items.stream().map(Item::toItem).toList());
    }

    private static Map<String, String> trimmed(Map<String, String> texts) {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trim()));
    }
}
