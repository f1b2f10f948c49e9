package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginFormTest {

    @Test
    void posts_the_csrf_token_from_the_recorded_login_page_then_username_and_password() {
        var fields = LoginForm.fields(Recorded.text("login-page.html"), null, "load-1", "pw");

        assertThat(fields).containsOnlyKeys("_csrf", "username", "password");
        assertThat(fields.keySet()).containsExactly("_csrf", "username", "password");
        assertThat(fields.get("_csrf")).hasSizeGreaterThan(20);
        assertThat(fields.get("username")).isEqualTo("load-1");
    }

    @Test
    void an_xsrf_cookie_wins_over_the_page_token_as_the_page_script_has_it() {
        var fields = LoginForm.fields(Recorded.text("login-page.html"), "from-cookie", "load-1", "pw");

        assertThat(fields.get("_csrf")).isEqualTo("from-cookie");
    }

    @Test
    void a_page_without_csrf_meta_tags_posts_no_token() {
        assertThat(LoginForm.fields("<html></html>", null, "load-1", "pw")).containsOnlyKeys("username", "password");
    }
}
