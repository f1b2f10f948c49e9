package io.blindspot.assessment.instrument;

import static io.blindspot.assessment.instrument.InstrumentYaml.aValidInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blindspot.scoring.ItemKey;
import io.blindspot.scoring.Scale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentParserTest {

    private static final String SHIPPED = "instruments/workplace-style-v1.yaml";

    @Test
    void the_shipped_instrument_has_forty_items_ten_per_scale_three_reversed_each_in_two_languages() {
        Instrument instrument = InstrumentParser.parseResource(SHIPPED);

        assertThat(instrument.id()).isEqualTo("workplace-style");
        assertThat(instrument.version()).isEqualTo(1);
        assertThat(instrument.languages()).containsExactly("en", "de");
        assertThat(instrument.title()).containsKeys("en", "de");
        assertThat(instrument.items()).hasSize(40);
        for (Scale scale : Scale.values()) {
            List<InstrumentItem> ofScale =
                    instrument.items().stream().filter(i -> i.scale() == scale).toList();
            assertThat(ofScale).as("items of %s", scale).hasSize(10);
            assertThat(ofScale)
                    .as("reversed items of %s", scale)
                    .filteredOn(InstrumentItem::reverseKeyed)
                    .hasSize(3);
        }
        assertThat(instrument.items()).allSatisfy(item -> assertThat(item.text())
                .containsOnlyKeys("en", "de")
                .allSatisfy((language, text) -> assertThat(text).isNotBlank()));
        assertThat(instrument.scaleLabels()).containsOnlyKeys("en", "de");
        assertThat(instrument.scaleLabels().values())
                .allSatisfy(labels -> assertThat(labels).hasSize(5));
    }

    @Test
    void the_shipped_instrument_hands_its_items_to_scoring_in_presentation_order() {
        Instrument instrument = InstrumentParser.parseResource(SHIPPED);

        List<ItemKey> keys = instrument.itemKeys();

        assertThat(keys).hasSize(40).doesNotHaveDuplicates();
        assertThat(keys.get(0)).isEqualTo(new ItemKey("D01", Scale.D, false));
        assertThat(keys.stream().filter(ItemKey::reverseKeyed).count()).isEqualTo(12);
        assertThat(instrument.item("D03").orElseThrow().keyed()).isEqualTo("-");
    }

    @Test
    void a_valid_file_parses_with_its_keying_and_texts() {
        Instrument instrument = InstrumentParser.parse(aValidInstrument().build(), "test.yaml");

        InstrumentItem d4 = instrument.item("D4").orElseThrow();
        assertThat(d4.reverseKeyed()).isTrue();
        assertThat(d4.scale()).isEqualTo(Scale.D);
        assertThat(d4.text()).isEqualTo(Map.of("en", "Statement D4", "de", "Aussage D4"));
        assertThat(instrument.items()).hasSize(16);
    }

    @Test
    void an_unknown_scale_is_reported_on_its_item() {
        String yaml = aValidInstrument()
                .adding(new InstrumentYaml.Item("X1", "E", "+", Map.of("en", "e", "de", "e")))
                .build();

        assertThat(problems(yaml)).containsExactly("item X1: unknown scale 'E' (expected one of [D, I, S, C])");
    }

    @Test
    void a_problem_carries_the_line_and_column_of_its_field() {
        // 7 header lines and "items:", then 6 lines per item: X1, the 17th item, starts on line 105
        String yaml = aValidInstrument()
                .adding(new InstrumentYaml.Item("X1", "E", "+", Map.of("en", "e", "de", "e")))
                .build();

        InstrumentProblem problem = rejection(yaml).problems().get(0);

        assertThat(problem.line()).isEqualTo(106);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.located())
                .isEqualTo("item X1 (line 106, column 5): unknown scale 'E' (expected one of [D, I, S, C])");
    }

    @Test
    void ids_and_titles_longer_than_their_database_columns_are_refused_with_the_limit() {
        String longId = "D".repeat(51);
        String longTitle = "T".repeat(201);
        String yaml = aValidInstrument()
                .changing("D1", item -> item.withId(longId))
                .replacingHeader("title: {en: Test,", "title: {en: " + longTitle + ",")
                .replacingHeader("id: test-instrument", "id: " + "i".repeat(101))
                .build();

        assertThat(problems(yaml))
                .contains(
                        "item " + longId + ": id is 51 characters long; at most 50 fit",
                        "instrument: title in 'en' is 201 characters long; at most 200 fit",
                        "instrument: id is 101 characters long; at most 100 fit");
    }

    @Test
    void ids_and_titles_exactly_at_their_database_limits_are_accepted() {
        String yaml = aValidInstrument()
                .changing("D1", item -> item.withId("D".repeat(50)))
                .replacingHeader("title: {en: Test,", "title: {en: " + "T".repeat(200) + ",")
                .build();

        Instrument instrument = InstrumentParser.parse(yaml, "test.yaml");

        assertThat(instrument.item("D".repeat(50))).isPresent();
    }

    @Test
    void a_duplicate_id_is_reported_on_its_item() {
        String yaml =
                aValidInstrument().changing("I2", item -> item.withId("I1")).build();

        assertThat(problems(yaml)).containsExactly("item I1: duplicate id: an earlier item already uses it");
    }

    @Test
    void a_missing_text_for_a_declared_language_is_reported_on_its_item() {
        String yaml = aValidInstrument()
                .changing("S3", item -> item.withoutText("de"))
                .build();

        assertThat(problems(yaml)).containsExactly("item S3: missing text for language 'de'");
    }

    @Test
    void a_text_in_an_undeclared_language_is_reported_on_its_item() {
        String yaml = aValidInstrument()
                .changing(
                        "S3", item -> new InstrumentYaml.Item("S3", "S", "+", Map.of("en", "a", "de", "b", "fr", "c")))
                .build();

        assertThat(problems(yaml))
                .containsExactly("item S3: text in language 'fr', which is not in languages [en, de]");
    }

    @Test
    void a_scale_with_fewer_than_four_items_is_reported_on_the_scale() {
        String yaml = aValidInstrument().removing("C2").build();

        assertThat(problems(yaml)).containsExactly("scale C (Conscientiousness): has 3 items, needs at least 4");
    }

    @Test
    void a_scale_without_reverse_keyed_items_is_reported_on_the_scale() {
        String yaml =
                aValidInstrument().changing("I4", item -> item.withKeyed("+")).build();

        assertThat(problems(yaml)).singleElement().asString().startsWith("scale I (Influence): has no reverse-keyed");
    }

    @Test
    void a_keying_other_than_plus_or_minus_is_reported_on_its_item() {
        String yaml = aValidInstrument()
                .changing("D1", item -> item.withKeyed("minus"))
                .build();

        assertThat(problems(yaml)).containsExactly("item D1: keyed must be \"+\" or \"-\" (in quotes), was \"minus\"");
    }

    @Test
    void an_unquoted_minus_is_caught_rather_than_read_as_something_else() {
        String yaml = aValidInstrument().build().replace("keyed: \"-\"", "keyed: -");

        // A bare "-" starts a YAML list; what matters is that the file is rejected with a location.
        assertThat(problems(yaml)).singleElement().asString().matches("line \\d+, column \\d+: malformed YAML: .+");
    }

    @Test
    void malformed_yaml_is_reported_with_line_and_column() {
        String yaml = aValidInstrument().build().replace("languages: [en, de]", "languages: [en, de");

        List<String> problems = problems(yaml);

        assertThat(problems)
                .containsExactly("line 5, column 12: malformed YAML: while parsing a flow sequence;"
                        + " expected ',' or ']', but got :");
    }

    @Test
    void a_duplicate_key_is_malformed_yaml_with_its_location() {
        String yaml = aValidInstrument().build().replace("version: 1\n", "version: 1\nversion: 2\n");

        assertThat(problems(yaml)).singleElement().asString().startsWith("line 3, column");
    }

    @Test
    void a_problem_on_one_item_is_not_repeated_as_a_problem_of_its_scale() {
        String yaml = aValidInstrument()
                .changing("S3", item -> item.withoutText("en"))
                .build();

        assertThat(problems(yaml)).containsExactly("item S3: missing text for language 'en'");
    }

    @Test
    void an_empty_file_is_rejected() {
        assertThat(problems("")).containsExactly("instrument: the file is empty");
    }

    @Test
    void missing_header_fields_and_unknown_fields_are_reported() {
        String yaml = aValidInstrument()
                .replacingHeader("version: 1\n", "version: one\nauthor: someone\n")
                .replacingHeader("  de: [Gar nicht, Eher nicht, Teils, Eher ja, Voll und ganz]\n", "")
                .build();

        // in file order: version is on line 2, author on line 3, scaleLabels from line 6
        assertThat(problems(yaml))
                .containsExactly(
                        "instrument: version must be a whole number from 1, was \"one\"",
                        "instrument: unknown field 'author' (expected id, version, title, languages, scaleLabels, items)",
                        "instrument: scaleLabels for language 'de' must be 5 non-blank labels, for answers 1 to 5");
    }

    @Test
    void a_fractional_version_is_refused() {
        String yaml = aValidInstrument()
                .replacingHeader("version: 1\n", "version: 1.5\n")
                .build();

        assertThat(problems(yaml)).containsExactly("instrument: version must be a whole number from 1, was \"1.5\"");
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once() {
        String yaml = aValidInstrument()
                .changing("D1", item -> item.withScale("Q"))
                .changing("I2", item -> item.withoutText("en"))
                .changing("S1", item -> item.withKeyed("?"))
                .build();

        InstrumentValidationException e = rejection(yaml);

        assertThat(e.problems()).extracting(InstrumentProblem::subject).contains("item D1", "item I2", "item S1");
        assertThat(e.sourceName()).isEqualTo("broken.yaml");
        assertThat(e.getMessage())
                .startsWith("broken.yaml is not a valid instrument:")
                .contains("item I2");
    }

    private static List<String> problems(String yaml) {
        return rejection(yaml).problems().stream()
                .map(InstrumentProblem::toString)
                .toList();
    }

    private static InstrumentValidationException rejection(String yaml) {
        InstrumentValidationException e = catchThrowableOfType(
                InstrumentValidationException.class, () -> InstrumentParser.parse(yaml, "broken.yaml"));
        assertThat(e).as("the file should be rejected").isNotNull();
        return e;
    }
}
