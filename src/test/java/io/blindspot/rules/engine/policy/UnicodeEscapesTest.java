package io.blindspot.rules.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Escapes are translated as javac translates them (JLS §3.3), with each character traced back. */
class UnicodeEscapesTest {

    @Test
    void an_escape_becomes_its_character_and_any_number_of_us_may_follow_the_backslash() {
        assertThat(translated("\\u0041")).isEqualTo("A");
        assertThat(translated("\\uuuu0046iles")).isEqualTo("Files");
        assertThat(translated("// note \\u000a code")).isEqualTo("// note \n code");
    }

    @Test
    void a_backslash_after_an_odd_number_of_backslashes_starts_no_escape() {
        assertThat(translated("\\\\u0041")).isEqualTo("\\\\u0041");
        assertThat(translated("\\\\\\u0041")).isEqualTo("\\\\A");
    }

    @Test
    void a_character_made_by_an_escape_starts_no_further_escape() {
        // JLS 3.3: \u005cu005a is the six characters \ u 0 0 5 a
        assertThat(translated("\\u005cu005a")).isEqualTo("\\u005a");
        assertThat(translated("\\u005c\\u0041")).isEqualTo("\\A");
    }

    @Test
    void each_character_knows_where_it_came_from() {
        UnicodeEscapes.Translation translation = UnicodeEscapes.translate("a\\u0041b");

        assertThat(translation.text()).isEqualTo("aAb");
        assertThat(translation.sourceIndex()).containsExactly(0, 1, 7, 8);
    }

    @Test
    void a_malformed_escape_is_refused_where_it_starts_as_javac_refuses_it() {
        assertThatThrownBy(() -> UnicodeEscapes.translate("ok \\u00g1"))
                .isInstanceOfSatisfying(UnicodeEscapes.IllegalEscape.class, e -> assertThat(e.index())
                        .isEqualTo(3));
        assertThatThrownBy(() -> UnicodeEscapes.translate("\\u00")).isInstanceOf(UnicodeEscapes.IllegalEscape.class);
    }

    private static String translated(String input) {
        return UnicodeEscapes.translate(input).text();
    }
}
