package io.blindspot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedingTimesTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void answering_time_sums_the_gaps_between_answers_and_caps_a_break_at_five_minutes() {
        List<Instant> answers = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            answers.add(START.plusSeconds(2L * n));
        }
        answers.add(START.plusSeconds(20 + 3600)); // lunch
        answers.add(START.plusSeconds(22 + 3600));
        Collections.shuffle(answers);

        assertThat(AnsweringTime.of(START, answers)).isEqualTo(Duration.ofSeconds(20 + 300 + 2));
    }

    @Test
    void before_enough_results_the_peer_median_is_the_documented_floor() {
        List<Duration> few = List.of(Duration.ofSeconds(500), Duration.ofSeconds(600));

        assertThat(PeerMedian.of(few, 40)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void with_enough_results_the_peer_median_is_their_median_but_never_below_the_floor() {
        List<Duration> slow = new ArrayList<>();
        List<Duration> fast = new ArrayList<>();
        for (int n = 0; n < PeerMedian.MIN_RESULTS; n++) {
            slow.add(Duration.ofSeconds(150 + 10L * n));
            fast.add(Duration.ofSeconds(40));
        }

        assertThat(PeerMedian.of(slow, 40)).isEqualTo(Duration.ofSeconds(245));
        assertThat(PeerMedian.of(fast, 40)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void a_realistic_speeder_above_one_second_per_statement_is_flagged_with_the_floor_median() {
        var timing = ResponseTiming.of(Duration.ofSeconds(50), PeerMedian.of(List.of(), 40));

        var flags = QualityCheck.evaluate(SimulatedRespondents.ITEMS, attentiveAnswers(), timing)
                .flags();

        assertThat(flags).containsExactly(QualityFlag.SPEEDING);
    }

    private static java.util.Map<String, Integer> attentiveAnswers() {
        return new SimulatedRespondents(5).attentive().answers();
    }
}
