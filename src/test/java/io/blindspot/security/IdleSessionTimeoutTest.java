package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The idle timeout counts what a person does, not the heartbeats of an open tab. */
class IdleSessionTimeoutTest {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final MockHttpSession session = new MockHttpSession();
    Duration timeout = TIMEOUT;

    IdleSessionTimeoutTest() {
        session.setMaxInactiveInterval(60);
    }

    @Test
    void heartbeats_alone_do_not_keep_a_tab_logged_in() throws Exception {
        request(START, "v-r=uidl&v-uiId=0");
        for (int seconds = 10; seconds < 60; seconds += 10) {
            request(START.plusSeconds(seconds), "v-r=heartbeat&v-uiId=0");
            assertThat(session.isInvalid()).as("%d s", seconds).isFalse();
        }

        var expired = request(START.plusSeconds(60), "v-r=heartbeat&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
        assertThat(expired.getStatus())
                .as("Vaadin's client reads 403 to a heartbeat as session expired")
                .isEqualTo(403);
    }

    @Test
    void a_click_after_the_timeout_is_answered_with_vaadins_session_expired_message() throws Exception {
        request(START, "v-r=uidl&v-uiId=0");

        var expired = request(START.plusSeconds(61), "v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
        assertThat(expired.getContentAsString()).isEqualTo(IdleSessionTimeout.SESSION_EXPIRED_UIDL);
    }

    @Test
    void a_page_load_after_the_timeout_goes_on_without_the_login() throws Exception {
        request(START, "v-r=uidl&v-uiId=0");
        var request = withQuery(null);
        request.setSession(session);
        var chain = new MockFilterChain();

        new IdleSessionTimeout(Clock.fixed(START.plusSeconds(61), ZoneOffset.UTC), TIMEOUT)
                .doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest())
                .as("passed on, to be sent to the login page")
                .isNotNull();
    }

    @Test
    void a_timeout_shorter_than_tomcats_whole_minute_is_kept_to_the_second() throws Exception {
        timeout = Duration.ofSeconds(20);
        request(START, "v-r=uidl&v-uiId=0");
        request(START.plusSeconds(19), "v-r=heartbeat&v-uiId=0");
        assertThat(session.isInvalid()).isFalse();

        request(START.plusSeconds(20), "v-r=heartbeat&v-uiId=0");

        assertThat(session.isInvalid())
                .as("the session's own interval says a minute")
                .isTrue();
    }

    @Test
    void a_person_working_in_the_tab_stays_logged_in() throws Exception {
        for (int seconds = 0; seconds <= 300; seconds += 50) {
            request(START.plusSeconds(seconds), "v-r=uidl&v-uiId=0");
        }

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void only_vaadins_heartbeat_parameter_counts_as_a_heartbeat() {
        assertThat(IdleSessionTimeout.isHeartbeat(withQuery("v-r=heartbeat&v-uiId=3")))
                .isTrue();
        assertThat(IdleSessionTimeout.isHeartbeat(withQuery("v-uiId=3&v-r=heartbeat")))
                .isTrue();
        assertThat(IdleSessionTimeout.isHeartbeat(withQuery("v-r=uidl&v-uiId=3")))
                .isFalse();
        assertThat(IdleSessionTimeout.isHeartbeat(withQuery("x-v-r=heartbeatish")))
                .isFalse();
        assertThat(IdleSessionTimeout.isHeartbeat(withQuery(null))).isFalse();
    }

    private MockHttpServletResponse request(Instant at, String query) throws Exception {
        var request = withQuery(query);
        request.setSession(session);
        var response = new MockHttpServletResponse();
        new IdleSessionTimeout(Clock.fixed(at, ZoneOffset.UTC), timeout)
                .doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest withQuery(String query) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        return request;
    }
}
