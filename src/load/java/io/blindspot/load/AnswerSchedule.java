package io.blindspot.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * When one respondent acts: planned times one interval apart (with jitter), each planned from the
 * previous plan and not from when the last response came, so a slow server does not slow the
 * offered load down. A step that is still running at its next planned time delays that step,
 * like a person waiting for the page; the delay is recorded as send lag.
 */
final class AnswerSchedule {

    private final LoadSettings settings;
    private final ScheduledExecutorService scheduler;
    private final Samples sendLag;

    AnswerSchedule(LoadSettings settings, ScheduledExecutorService scheduler, Samples sendLag) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.sendLag = sendLag;
    }

    /**
     * Runs {@code step} at planned times from {@code firstAt} until {@code endAt} (System.nanoTime).
     * A step completes with true to go on, false when there is nothing left to do; a failed step ends
     * the schedule as {@link VirtualRespondent.Ending#LOST}.
     */
    CompletableFuture<VirtualRespondent.Ending> run(
            long firstAt, long endAt, Supplier<CompletableFuture<Boolean>> step) {
        var done = new CompletableFuture<VirtualRespondent.Ending>();
        schedule(firstAt, endAt, step, done);
        return done;
    }

    private void schedule(
            long planned,
            long endAt,
            Supplier<CompletableFuture<Boolean>> step,
            CompletableFuture<VirtualRespondent.Ending> done) {
        if (planned >= endAt) {
            done.complete(VirtualRespondent.Ending.TIME_UP);
            return;
        }
        scheduler.schedule(
                () -> {
                    sendLag.add(Math.max(0, System.nanoTime() - planned));
                    start(step).whenComplete((goOn, failure) -> {
                        if (failure != null) {
                            done.complete(VirtualRespondent.Ending.LOST);
                        } else if (!goOn) {
                            done.complete(VirtualRespondent.Ending.OUT_OF_STATEMENTS);
                        } else {
                            schedule(planned + nextInterval(), endAt, step, done);
                        }
                    });
                },
                Math.max(0, planned - System.nanoTime()),
                TimeUnit.NANOSECONDS);
    }

    private static CompletableFuture<Boolean> start(Supplier<CompletableFuture<Boolean>> step) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** The interval, spread evenly by ±jitter so respondents do not fall into step. */
    long nextInterval() {
        double spread = settings.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Math.round(settings.interval().toNanos() * (1 + spread));
    }
}
