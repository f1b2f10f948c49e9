package io.blindspot.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.security.AccountService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A login in the first second after the port opens must find the accounts and the rule base: the
 * start-up work is done before the web server accepts connections, not after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReadyBeforeRequestsIT.WhenThePortOpens.class)
class ReadyBeforeRequestsIT {

    static final AtomicReference<String> stateWhenPortOpened = new AtomicReference<>();

    @Autowired
    AccountService accounts;

    @Test
    void demo_accounts_and_the_live_rule_base_exist_when_the_web_server_starts_listening() {
        assertThat(stateWhenPortOpened.get()).isEqualTo("facilitator exists, rule base available");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WhenThePortOpens {

        @Bean
        ApplicationListener<WebServerInitializedEvent> recordStateWhenThePortOpens(
                AccountService accounts, RuleBaseService ruleBase) {
            return event -> stateWhenPortOpened.set(
                    (accounts.exists("facilitator") ? "facilitator exists" : "no facilitator yet")
                            + ", rule base "
                            + (ruleBase.status().available() ? "available" : "not available"));
        }
    }
}
