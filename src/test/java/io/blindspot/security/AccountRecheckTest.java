package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A login ends when the account behind it is deactivated or given other roles, within the recheck interval. */
class AccountRecheckTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    final Map<String, Set<String>> activeAccounts = new HashMap<>(Map.of("exec", Set.of("ROLE_EXECUTIVE")));
    final AccountRecheck recheck =
            new AccountRecheck(clock, Duration.ofSeconds(30), name -> Optional.ofNullable(activeAccounts.get(name)));
    final MockHttpSession session = signedIn("exec", "ROLE_EXECUTIVE");
    int storeReads;

    @Test
    void a_deactivated_persons_click_is_answered_as_an_expired_session_at_the_next_recheck() throws Exception {
        assertThat(click().getStatus()).isEqualTo(200);
        activeAccounts.remove("exec");

        clock.advance(Duration.ofSeconds(29));
        assertThat(click().getStatus())
                .as("within the interval the session goes on")
                .isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        var answer = click();

        assertThat(session.isInvalid()).isTrue();
        assertThat(answer.getContentAsString()).isEqualTo(IdleSessionTimeout.SESSION_EXPIRED_UIDL);
    }

    @Test
    void a_changed_role_ends_the_login_that_still_carries_the_old_roles() throws Exception {
        click();
        activeAccounts.put("exec", Set.of("ROLE_EXECUTIVE", "ROLE_HR"));

        clock.advance(Duration.ofSeconds(31));
        click();

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_unchanged_account_is_read_once_per_interval_not_once_per_click() throws Exception {
        var counting = new AccountRecheck(clock, Duration.ofSeconds(30), name -> {
            storeReads++;
            return Optional.ofNullable(activeAccounts.get(name));
        });
        for (int second = 0; second < 90; second++) {
            var request = uidl();
            counting.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(storeReads).isEqualTo(3);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_without_a_login_is_left_alone() throws Exception {
        var anonymous = new MockHttpSession();
        var request = uidl();
        request.setSession(anonymous);
        var chain = new MockFilterChain();

        recheck.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(anonymous.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletResponse click() throws Exception {
        var response = new MockHttpServletResponse();
        recheck.doFilter(uidl(), response, new MockFilterChain());
        return response;
    }

    private MockHttpServletRequest uidl() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        return request;
    }

    private static MockHttpSession signedIn(String username, String... authorities) {
        var session = new MockHttpSession();
        var login = UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(authorities));
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(login));
        return session;
    }
}
