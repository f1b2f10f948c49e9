package io.blindspot.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.BlindspotSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;

/** The throttle on the real database; the addresses are labels only, nothing is sent anywhere. */
@BlindspotSpringTest
class LoginThrottleIT {

    @Autowired
    LoginThrottle throttle;

    @Test
    void twenty_failures_from_one_address_pause_every_account_from_that_address_only() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("guess-" + i, "address-under-attack");
        }

        assertThatThrownBy(() -> throttle.checkAllowed("someone-else", "address-under-attack"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed logins");
        assertThatCode(() -> throttle.checkAllowed("someone-else", "another-address"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_successful_login_clears_the_accounts_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("forgetful", "address-" + i);
        }
        throttle.recordSuccess("forgetful");
        throttle.recordFailure("forgetful", "address-x");

        assertThatCode(() -> throttle.checkAllowed("forgetful", "address-y")).doesNotThrowAnyException();
    }
}
