package io.blindspot.rules.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the periodic check for rule-set versions published by other nodes, and asynchronous
 * event listeners (teams are evaluated again after a submit, off the request thread).
 */
@Configuration
@EnableScheduling
@EnableAsync
class SchedulingConfig {}
