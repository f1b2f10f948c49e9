package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.blindspot.base.InputBinder.Kind;
import io.blindspot.base.InputBinder.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputBinderTest {

    enum Colour {
        RED,
        GREEN
    }

    record Item(@NotBlank String id, @JsonProperty("D") @NotNull @DecimalMax("100") Double d, Colour colour) {}

    record Doc(@NotBlank String name, List<@Valid Item> items) {}

    record Counted(Integer count) {}

    private final InputBinder yaml = InputBinder.yaml();

    @Test
    void data_after_the_json_value_is_refused_not_ignored() {
        var result = InputBinder.json().bind("{\"name\":\"x\"} {\"x\":1}", Doc.class);

        assertThat(result.value()).isNull();
        assertThat(result.problems())
                .extracting(Problem::kind, Problem::message, Problem::column)
                .containsExactly(tuple(Kind.SYNTAX, "unexpected data after the end of the value", 14));
    }

    @Test
    void a_valid_document_binds_with_no_problems() {
        var result = yaml.bind("name: x\nitems:\n  - {id: a, D: 50, colour: red}\n", Doc.class);

        assertThat(result.ok()).isTrue();
        assertThat(result.value().items().get(0).colour()).isEqualTo(Colour.RED);
    }

    @Test
    void every_problem_is_reported_with_its_path_line_and_column_in_the_order_of_the_text() {
        String text =
                """
                name: x
                items:
                  - id: a
                    D: high
                  - id: b
                    D: 120
                    colour: BLUE
                  - D: 5
                    extra: 1
                """;

        List<Problem> problems = yaml.bind(text, Doc.class).problems();

        assertThat(problems)
                .extracting(Problem::path, Problem::line, Problem::kind)
                .containsExactly(
                        tuple("items[0].D", 4, Kind.WRONG_VALUE),
                        tuple("items[1].D", 6, Kind.INVALID),
                        tuple("items[1].colour", 7, Kind.WRONG_VALUE),
                        tuple("items[2].id", 8, Kind.INVALID),
                        tuple("items[2].extra", 9, Kind.UNKNOWN_FIELD));
        assertThat(problems.get(0).message()).isEqualTo("expected a number, was 'high'");
        assertThat(problems.get(0).column()).isEqualTo(5);
        assertThat(problems.get(2).message()).isEqualTo("unknown colour 'BLUE' (expected one of [RED, GREEN])");
        assertThat(problems.get(4).message()).isEqualTo("unknown field 'extra' (expected id, D, colour)");
    }

    @Test
    void a_missing_field_is_reported_at_the_mapping_it_is_missing_from() {
        var problems = yaml.bind("name: x\nitems:\n  - {D: 1}\n", Doc.class).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("items[0].id");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_not_cut_off() {
        var result = yaml.bind("count: 1.5\n", Counted.class);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("count");
            assertThat(p.message()).isEqualTo("expected a whole number, was 1.5");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void malformed_text_is_one_syntax_problem_with_its_location() {
        var result = yaml.bind("name: [x\n", Doc.class);

        assertThat(result.value()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).doesNotContain("in 'reader'");
        });
    }

    @Test
    void json_that_is_not_an_object_is_a_problem_of_the_document() {
        var problems = InputBinder.json().bind("[1, 2]", Doc.class).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.kind()).isEqualTo(Kind.WRONG_VALUE);
        });
    }
}
