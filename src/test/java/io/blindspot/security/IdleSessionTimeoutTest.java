package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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

    final MockHttpSession session = new MockHttpSession();

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

        request(START.plusSeconds(60), "v-r=heartbeat&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
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

    private void request(Instant at, String query) throws Exception {
        var request = withQuery(query);
        request.setSession(session);
        var filter = new IdleSessionTimeout(Clock.fixed(at, ZoneOffset.UTC));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static MockHttpServletRequest withQuery(String query) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        return request;
    }
}
