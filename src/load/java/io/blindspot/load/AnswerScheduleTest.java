package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerScheduleTest {

    final java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Samples lag = new Samples();
    final AnswerSchedule schedule = new AnswerSchedule(settings("10ms"), scheduler, lag);
    final AtomicInteger steps = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void a_respondent_with_nothing_left_ends_out_of_statements_after_that_step() throws Exception {
        var ending = schedule.run(
                now(), now() + seconds(60), () -> CompletableFuture.completedFuture(steps.incrementAndGet() < 3));

        assertThat(ending.get(10, TimeUnit.SECONDS)).isEqualTo(VirtualRespondent.Ending.OUT_OF_STATEMENTS);
        assertThat(steps).hasValue(3);
        assertThat(lag.count()).isEqualTo(3);
    }

    @Test
    void a_step_that_fails_ends_the_respondent_as_lost() throws Exception {
        var ending = schedule.run(now(), now() + seconds(60), () -> {
            steps.incrementAndGet();
            return CompletableFuture.failedFuture(new LoadFailure(ErrorKind.TIMEOUT, "gone"));
        });

        assertThat(ending.get(10, TimeUnit.SECONDS)).isEqualTo(VirtualRespondent.Ending.LOST);
        assertThat(steps).hasValue(1);
    }

    @Test
    void nothing_is_sent_at_or_after_the_end() throws Exception {
        long now = now();

        var ending = schedule.run(now, now, () -> CompletableFuture.completedFuture(steps.incrementAndGet() > 0));

        assertThat(ending.get(10, TimeUnit.SECONDS)).isEqualTo(VirtualRespondent.Ending.TIME_UP);
        assertThat(steps).hasValue(0);
    }

    @Test
    void intervals_spread_evenly_within_the_jitter() {
        var fiveSeconds = new AnswerSchedule(settings("5s"), scheduler, lag);
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            long interval = fiveSeconds.nextInterval();
            min = Math.min(min, interval);
            max = Math.max(max, interval);
            sum += interval;
        }

        assertThat(min).isGreaterThanOrEqualTo(seconds(4));
        assertThat(max).isLessThanOrEqualTo(seconds(6));
        assertThat(sum / 10_000 / 1e9).isBetween(4.95, 5.05);
    }

    private static LoadSettings settings(String interval) {
        var properties = new Properties();
        properties.setProperty("load.password", "pw");
        properties.setProperty("load.interval", interval);
        return LoadSettings.from(properties);
    }

    private static long now() {
        return System.nanoTime();
    }

    private static long seconds(long s) {
        return TimeUnit.SECONDS.toNanos(s);
    }
}
