package io.blindspot.base;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} under the {@link StartupLock}, as a lifecycle phase before the web
 * server's: a login in the first seconds after the port opens finds the accounts and the rule base
 * ready (application runners would run only after the port is open). A failing step stops start-up.
 */
@Component
class StartupSteps implements SmartLifecycle {

    /** Before the embedded web server starts (its phase is {@code Integer.MAX_VALUE - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final ObjectProvider<StartupStep> steps;
    private final StartupLock lock;
    private volatile boolean running;

    StartupSteps(ObjectProvider<StartupStep> steps, StartupLock lock) {
        this.steps = steps;
        this.lock = lock;
    }

    @Override
    public void start() {
        List<StartupStep> ordered = steps.orderedStream().toList();
        lock.whileHeld(() -> {
            for (StartupStep step : ordered) {
                log.debug("Start-up step {}", step.getClass().getSimpleName());
                step.runAtStartup();
            }
        });
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
