package io.blindspot.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfig {

    /** One clock for the whole app, so tests can pin time where it matters. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
