package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertThat(policy.problem("ben", "elevenchars")).contains(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problem("ben", null)).contains(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problem("ben", "twelve-chars")).isEmpty();
    }

    @Test
    void the_username_itself_is_refused_whatever_its_case() {
        assertThat(policy.problem("alexander.morgan", "Alexander.Morgan")).contains(PasswordPolicy.IS_USERNAME);
    }

    @Test
    void a_common_password_from_the_shipped_list_is_refused_whatever_its_case() {
        assertThat(policy.problem("ben", "Password1234")).contains(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("ben", "QWERTY123456")).contains(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void check_throws_with_the_reason() {
        assertThatThrownBy(() -> policy.check("ben", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PasswordPolicy.TOO_SHORT);
    }
}
