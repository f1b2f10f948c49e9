package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** With the login form turned off, a posted password is refused, whatever page it came from. */
class FormLoginOffTest {

    final FormLoginOff filter = new FormLoginOff("/login");

    @Test
    void a_posted_login_form_is_refused_with_403() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("POST", "/login"), response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).contains("company account");
        assertThat(chain.getRequest()).as("the login filter never sees it").isNull();
    }

    @Test
    void the_login_page_itself_and_other_posts_pass() throws Exception {
        for (var request : new MockHttpServletRequest[] {
            new MockHttpServletRequest("GET", "/login"), new MockHttpServletRequest("POST", "/other")
        }) {
            var chain = new MockFilterChain();
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, chain);
            assertThat(chain.getRequest()).isSameAs(request);
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
