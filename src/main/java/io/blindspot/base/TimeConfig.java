package io.blindspot.base;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfig {

    /**
     * One clock for the whole app. It ticks in milliseconds because the database keeps
     * milliseconds, and H2 rounds where MariaDB truncates: a time must read back as it was written.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
