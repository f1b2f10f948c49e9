package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearest_rank_over_one_to_a_hundred_in_any_order() {
        long[] shuffled =
                LongStream.rangeClosed(1, 100).map(n -> (n * 37) % 100 + 1).toArray();

        assertThat(Percentiles.of(shuffled)).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
    }

    @Test
    void a_slow_tail_shows_in_p95_and_p99_not_in_the_median() {
        long[] samples = new long[200];
        for (int i = 0; i < 200; i++) {
            samples[i] = i < 180 ? 10 : 5_000;
        }

        var p = Percentiles.of(samples);

        assertThat(p.p50()).isEqualTo(10);
        assertThat(p.p95()).isEqualTo(5_000);
        assertThat(p.p99()).isEqualTo(5_000);
    }

    @Test
    void one_sample_is_every_percentile_and_none_is_zero() {
        assertThat(Percentiles.of(new long[] {7})).isEqualTo(new Percentiles(1, 7, 7, 7, 7));
        assertThat(Percentiles.of(new long[0])).isEqualTo(Percentiles.NONE);
    }

    @Test
    void samples_from_many_threads_are_all_kept() throws InterruptedException {
        var samples = new Samples();
        var threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 1; i <= 5_000; i++) {
                    samples.add(i);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(samples.count()).isEqualTo(20_000);
        assertThat(samples.percentiles().max()).isEqualTo(5_000);
    }
}
