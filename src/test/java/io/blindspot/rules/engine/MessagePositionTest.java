package io.blindspot.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Drools leaves Message.getColumn() at 0; the position has to come from the text. */
class MessagePositionTest {

    @Test
    void a_parser_message_gives_line_and_zero_based_column() {
        int[] position = MessagePosition.of("[ERR 101] Line 7:15 no viable alternative at input ','", 7, null);

        assertThat(position).containsExactly(7, 16);
    }

    @Test
    void an_mvel_message_without_a_quoted_expression_uses_its_line_and_column() {
        int[] position = MessagePosition.of("[Error: something]\n[Line: 6, Column: 4]", 0, null);

        assertThat(position).containsExactly(6, 4);
    }

    @Test
    void a_quoted_expression_is_found_in_the_source_line() {
        String source = "rule \"x\"\nwhen\n    Team( nonsense > 3 )\n";
        String text = "Unable to Analyse Expression nonsense > 3:\n[Error: unable to resolve method]\n"
                + "[Near : {... nonsense > 3 ....}]\n[Line: 3, Column: 2]";

        assertThat(MessagePosition.of(text, 3, source)).containsExactly(3, 11);
    }

    @Test
    void a_message_with_only_a_line_has_column_zero() {
        assertThat(MessagePosition.of("Rule Compilation error Type mismatch", 11, ""))
                .containsExactly(11, 0);
    }
}
