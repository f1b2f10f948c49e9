package io.blindspot.scoring;

import static io.blindspot.scoring.AnswerSheet.anAnswerSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityCheckTest {

    private static final List<ItemKey> ITEMS = ItemLayout.standard();

    /** A plausible attentive response: moderate D and C, consistent across keying. */
    private static Map<String, Integer> attentive() {
        return anAnswerSheet()
                .scale(Scale.D, new int[] {4, 4, 5, 3, 4, 4, 3}, new int[] {2, 2, 3})
                .scale(Scale.I, new int[] {3, 2, 3, 3, 2, 4, 3}, new int[] {3, 4, 3})
                .scale(Scale.S, new int[] {3, 3, 2, 3, 4, 3, 3}, new int[] {3, 3, 2})
                .scale(Scale.C, new int[] {4, 5, 4, 4, 3, 4, 5}, new int[] {2, 1, 2})
                .build();
    }

    private static QualityReport check(Map<String, Integer> answers, ResponseTiming timing) {
        return QualityCheck.evaluate(ITEMS, answers, timing);
    }

    @Test
    void an_attentive_unhurried_response_raises_no_flag() {
        QualityReport report = check(attentive(), ResponseTiming.of(Duration.ofMinutes(4)));

        assertThat(report.flags()).isEmpty();
        assertThat(report.secondsPerItem()).isEqualTo(6.0);
    }

    @Test
    void answering_faster_than_one_second_per_item_is_speeding() {
        assertThat(check(attentive(), ResponseTiming.of(Duration.ofSeconds(39))).flags())
                .containsExactly(QualityFlag.SPEEDING);
        assertThat(check(attentive(), ResponseTiming.of(Duration.ofSeconds(40))).flags())
                .isEmpty();
    }

    @Test
    void answering_in_under_half_the_median_time_is_speeding() {
        Duration median = Duration.ofMinutes(4);

        assertThat(check(attentive(), ResponseTiming.of(Duration.ofSeconds(119), median))
                        .flags())
                .containsExactly(QualityFlag.SPEEDING);
        assertThat(check(attentive(), ResponseTiming.of(Duration.ofSeconds(120), median))
                        .flags())
                .isEmpty();
    }

    @Test
    void a_partial_response_is_held_to_its_share_of_the_median() {
        Map<String, Integer> half = attentive();
        ITEMS.subList(20, 40).forEach(item -> half.remove(item.itemId()));
        Duration median = Duration.ofMinutes(4);

        // 20 of 40 items: the floor is half of half the median, 60 s.
        QualityReport slowEnough = check(half, ResponseTiming.of(Duration.ofSeconds(61), median));
        QualityReport tooFast = check(half, ResponseTiming.of(Duration.ofSeconds(59), median));

        assertThat(slowEnough.flags()).containsExactly(QualityFlag.INCOMPLETE);
        assertThat(tooFast.flags()).containsExactly(QualityFlag.SPEEDING, QualityFlag.INCOMPLETE);
    }

    @Test
    void without_timing_speeding_is_not_judged() {
        QualityReport report = check(attentive(), ResponseTiming.unknown());

        assertThat(report.flags()).isEmpty();
        assertThat(report.secondsPerItem()).isNaN();
    }

    @Test
    void thirty_two_identical_answers_of_forty_are_straight_lining_and_thirty_one_are_not() {
        AnswerSheet sheet = anAnswerSheet().everyItem(4);
        // 8 different answers → 32 of 40 identical; 9 → 31.
        List.of("D01", "D08", "I02", "I09", "S03", "S10", "C04", "C08").forEach(id -> sheet.answer(id, 2));
        Map<String, Integer> thirtyTwo = sheet.build();
        Map<String, Integer> thirtyOne = sheet.answer("D02", 2).build();

        assertThat(check(thirtyTwo, ResponseTiming.unknown()).sameAnswerShare()).isEqualTo(0.8);
        assertThat(check(thirtyTwo, ResponseTiming.unknown()).flags()).contains(QualityFlag.STRAIGHT_LINING);
        assertThat(check(thirtyOne, ResponseTiming.unknown()).flags()).doesNotContain(QualityFlag.STRAIGHT_LINING);
    }

    @Test
    void agreeing_with_statements_and_with_their_opposites_is_inconsistent() {
        // Every plain item 4, every reverse-keyed item 4 too: gap 4 + 4 − 6 = 2 on each scale.
        QualityReport report = check(anAnswerSheet().everyItem(4).build(), ResponseTiming.unknown());

        assertThat(report.reverseKeyGap()).isEqualTo(2.0);
        assertThat(report.flags()).contains(QualityFlag.INCONSISTENT);
    }

    @Test
    void disagreeing_with_both_sides_is_inconsistent_too() {
        QualityReport report = check(anAnswerSheet().everyItem(2).build(), ResponseTiming.unknown());

        assertThat(report.reverseKeyGap()).isEqualTo(-2.0);
        assertThat(report.flags()).contains(QualityFlag.INCONSISTENT);
    }

    @Test
    void keyed_answers_scattered_across_the_whole_range_are_inconsistent() {
        // Keyed answers 1, 5, 1, 5, … within every scale: a pooled SD of about 2 answer points.
        AnswerSheet sheet = anAnswerSheet();
        for (Scale scale : Scale.values()) {
            sheet.scale(scale, new int[] {1, 5, 1, 5, 1, 5, 1}, new int[] {1, 5, 3});
        }
        QualityReport report = check(sheet.build(), ResponseTiming.unknown());

        assertThat(report.withinScaleSpread()).isGreaterThan(QualityCheck.SPREAD_LIMIT);
        assertThat(report.reverseKeyGap()).isCloseTo(0.0, within(1.0));
        assertThat(report.flags()).containsExactly(QualityFlag.INCONSISTENT);
    }

    @Test
    void patterns_in_fewer_than_ten_answers_are_not_judged() {
        Map<String, Integer> nine =
                Map.of("D01", 5, "D08", 5, "I01", 5, "I08", 5, "S01", 5, "S08", 5, "C01", 5, "C08", 5, "C02", 5);

        assertThat(check(nine, ResponseTiming.unknown()).flags()).containsExactly(QualityFlag.INCOMPLETE);
    }
}
