package io.blindspot.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.base.ui.Translations;
import io.blindspot.security.AccountChangeRefused;
import io.blindspot.security.ManagedAccount.Status;
import io.blindspot.security.PasswordRefused;
import io.blindspot.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keys the security views build from enum constants exist (ViewTextsTranslatedTest then holds the
 * German bundle to the same keys).
 */
class SecurityTextKeysTest {

    private static final Translations TEXTS = new Translations();

    @Test
    void every_role_status_and_password_refusal_has_its_text() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(r -> "security.role." + r.name()).forEach(keys::add);
        Stream.of(Status.values()).map(s -> "security.users.status." + s.name()).forEach(keys::add);
        Stream.of(AccountChangeRefused.Reason.values())
                .map(r -> "security.users.refused." + r.name())
                .forEach(keys::add);
        Stream.of(PasswordRefused.Reason.values())
                .map(r -> "security.password.refused." + r.name())
                .forEach(keys::add);
        Stream.of("active", "expired", "revoked")
                .map(s -> "security.tokens.status." + s)
                .forEach(keys::add);
        for (String key : keys) {
            assertThat(TEXTS.getTranslation(key, Translations.ENGLISH)).as(key).doesNotStartWith("!");
            assertThat(TEXTS.getTranslation(key, Translations.GERMAN)).as(key).doesNotStartWith("!");
        }
    }

    @Test
    void the_english_role_names_are_the_roles_own_labels() {
        for (Role role : Role.values()) {
            assertThat(TEXTS.getTranslation("security.role." + role.name(), Translations.ENGLISH))
                    .isEqualTo(role.label());
        }
    }
}
