package io.blindspot.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.base.ui.Translations;
import io.blindspot.security.Role;
import org.junit.jupiter.api.Test;

/** The header names the person's roles with keys built from {@link Role}; each has a text in both languages. */
class RoleTextsTest {

    @Test
    void every_role_has_a_name_in_english_and_german() {
        var translations = new Translations();
        for (Role role : Role.values()) {
            var key = "shell.role." + role.name();
            assertThat(translations.getTranslation(key, Translations.ENGLISH)).isEqualTo(role.label());
            assertThat(translations.getTranslation(key, Translations.GERMAN))
                    .doesNotStartWith("!")
                    .isNotBlank();
        }
    }
}
