package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.BlindspotSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;

/** The throttle on the real database; the addresses are labels only, nothing is sent anywhere. */
@BlindspotSpringTest
class LoginThrottleIT {

    @Autowired
    LoginThrottle throttle;

    @Test
    void failures_at_a_shared_address_never_refuse_an_account_that_has_not_itself_failed() {
        for (int i = 0; i < 20; i++) {
            // half of them to usernames that do not exist, as an attacker behind the same proxy would
            throttle.recordFailure(i % 2 == 0 ? "no-such-user-" + i : "victim-" + i, "shared-proxy");
        }

        assertThatCode(() -> throttle.checkAllowed("colleague", "shared-proxy")).doesNotThrowAnyException();
    }

    @Test
    void five_wrong_guesses_pause_the_account_at_that_address_only() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("targeted", "attacker-address");
        }

        assertThatThrownBy(() -> throttle.checkAllowed("targeted", "attacker-address"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed logins for this account from here");
        assertThatCode(() -> throttle.checkAllowed("targeted", "owners-address"))
                .doesNotThrowAnyException();
    }

    @Test
    void many_failures_across_addresses_slow_the_account_with_a_growing_delay_but_never_lock_it()
            throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("sprayed", "botnet-" + i);
        }

        assertThatThrownBy(() -> throttle.checkAllowed("sprayed", "owners-address"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Try again in 1 seconds");
        Thread.sleep(1_100);
        assertThatCode(() -> throttle.checkAllowed("sprayed", "owners-address")).doesNotThrowAnyException();
    }

    @Test
    void the_delay_doubles_with_each_failure_up_to_its_maximum() {
        assertThat(throttle.delayAfter(10)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(11)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(13)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(20)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delayAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_successful_login_clears_the_accounts_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("forgetful", "address-x");
        }
        throttle.recordSuccess("forgetful", "address-x");
        throttle.recordFailure("forgetful", "address-x");

        assertThatCode(() -> throttle.checkAllowed("forgetful", "address-x")).doesNotThrowAnyException();
    }
}
