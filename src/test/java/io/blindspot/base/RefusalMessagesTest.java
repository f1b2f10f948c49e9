package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

    @Test
    void an_input_refusal_says_its_field_and_english_text_for_the_api_and_keeps_its_key_for_views() {
        var refused = InputRefused.ofField("title", "base.error.unexpected", "AB12");

        assertThat(refused.getMessage())
                .startsWith("title: Something went wrong")
                .endsWith("reference AB12.");
        assertThat(refused.field()).isEqualTo("title");
        assertThat(refused.messageKey()).isEqualTo("base.error.unexpected");
        assertThat(refused.messageArguments()).containsExactly("AB12");
        assertThat(new InputRefused("base.error.forbidden").getMessage())
                .isEqualTo("Your roles do not allow this step.");
    }

    @Test
    void a_state_refusal_is_an_illegal_state_with_the_english_text() {
        IllegalStateException refused = new StateRefused("base.error.forbidden");

        assertThat(refused.getMessage()).isEqualTo("Your roles do not allow this step.");
    }

    @Test
    void texts_come_in_german_for_any_german_locale_and_english_otherwise_and_a_missing_key_is_marked() {
        assertThat(Messages.text("base.error.forbidden", Locale.forLanguageTag("de-AT")))
                .isEqualTo("Ihre Rollen erlauben diesen Schritt nicht.");
        assertThat(Messages.text("base.error.forbidden", Locale.FRENCH))
                .isEqualTo("Your roles do not allow this step.");
        assertThat(Messages.english("base.no.such.key")).isEqualTo("!base.no.such.key!");
    }
}
