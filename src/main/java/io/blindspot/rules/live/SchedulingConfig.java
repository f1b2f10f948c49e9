package io.blindspot.rules.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic check for rule-set versions published by other nodes. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
