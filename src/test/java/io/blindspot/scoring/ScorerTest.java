package io.blindspot.scoring;

import static io.blindspot.scoring.AnswerSheet.anAnswerSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed examples: every expected number here was worked out on paper first. */
class ScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final List<ItemKey> ITEMS = ItemLayout.standard();

    private final Scorer scorer = new Scorer();

    private static void assertScores(ScaleScores actual, double d, double i, double s, double c) {
        assertThat(actual.d()).as("D").isCloseTo(d, EXACT);
        assertThat(actual.i()).as("I").isCloseTo(i, EXACT);
        assertThat(actual.s()).as("S").isCloseTo(s, EXACT);
        assertThat(actual.c()).as("C").isCloseTo(c, EXACT);
    }

    private static void assertAxes(StyleAxes actual, double peopleVsTask, double pace) {
        assertThat(actual.peopleVsTask()).as("people vs task").isCloseTo(peopleVsTask, EXACT);
        assertThat(actual.pace()).as("pace").isCloseTo(pace, EXACT);
    }

    @Test
    void an_all_threes_respondent_sits_at_the_centre() {
        ScoringResult result = scorer.score(ITEMS, anAnswerSheet().everyItem(3).build());

        Profile profile = result.profile();
        assertScores(profile.scores(), 50, 50, 50, 50);
        assertAxes(profile.axes(), 0, 0);
        assertThat(profile.intensity()).isZero();
        assertThat(profile.style()).isEqualTo(Style.BALANCED);
        // Forty identical answers are straight-lining, even if they are the neutral ones.
        assertThat(result.flags()).containsExactly(QualityFlag.STRAIGHT_LINING);
    }

    @Test
    void an_all_fives_straight_liner_is_flagged_and_reverse_keying_keeps_the_scales_off_100() {
        ScoringResult result = scorer.score(ITEMS, anAnswerSheet().everyItem(5).build());

        // Per scale: seven plain 5s, three reversed 5s counting 1 each: (35 + 3) / 10 = 3.8 → 70.
        assertScores(result.profile().scores(), 70, 70, 70, 70);
        assertThat(result.profile().style()).isEqualTo(Style.BALANCED);
        // Agreeing with a statement and with its opposite: the reverse-key gap is 5 + 5 − 6 = 4.
        assertThat(result.flags()).containsExactly(QualityFlag.STRAIGHT_LINING, QualityFlag.INCONSISTENT);
    }

    @Test
    void a_reverse_keyed_answer_counts_as_six_minus_the_answer() {
        // Two reverse-keyed items per scale, nothing else.
        List<ItemKey> reversedOnly = List.of(
                new ItemKey("D1", Scale.D, true), new ItemKey("D2", Scale.D, true),
                new ItemKey("I1", Scale.I, true), new ItemKey("I2", Scale.I, true),
                new ItemKey("S1", Scale.S, true), new ItemKey("S2", Scale.S, true),
                new ItemKey("C1", Scale.C, true), new ItemKey("C2", Scale.C, true));
        Map<String, Integer> answers = Map.of("D1", 1, "D2", 2, "I1", 5, "I2", 5, "S1", 3, "S2", 3, "C1", 4, "C2", 2);

        Profile profile = scorer.score(reversedOnly, answers).profile();

        // D: keyed 5, 4 → 4.5 → 87.5; I: keyed 1, 1 → 0; S: 3, 3 → 50; C: keyed 2, 4 → 3 → 50.
        assertScores(profile.scores(), 87.5, 0, 50, 50);
        // x = (0 + 50)/2 − (87.5 + 50)/2 = −43.75; y = (87.5 + 0)/2 − (50 + 50)/2 = −6.25.
        assertAxes(profile.axes(), -43.75, -6.25);
        // angle 188.13°, in the CD sector (157.5°–202.5°); intensity √(43.75² + 6.25²) = 44.19.
        assertThat(profile.axes().angleDegrees()).isCloseTo(188.130, within(1e-3));
        assertThat(profile.style()).isEqualTo(Style.CD);
        assertThat(profile.intensity()).isCloseTo(44.194, within(1e-3));
    }

    @Test
    void a_respondent_who_only_answers_the_reverse_keyed_items_gets_a_partial_result() {
        // Strongly disagreeing with every reverse-keyed statement counts as 5 on every scale.
        ScoringResult result =
                scorer.score(ITEMS, anAnswerSheet().everyReversedItem(1).build());

        assertScores(result.profile().scores(), 100, 100, 100, 100);
        assertThat(result.answered()).isEqualTo(12);
        assertThat(result.total()).isEqualTo(40);
        assertThat(result.complete()).isFalse();
        assertThat(result.flags()).contains(QualityFlag.INCOMPLETE);
    }

    @Test
    void a_consistent_pure_dominance_respondent_lands_in_the_top_left_without_flags() {
        AnswerSheet sheet = anAnswerSheet();
        sheet.scale(Scale.D, new int[] {5, 5, 5, 5, 5, 5, 5}, new int[] {1, 1, 1});
        for (Scale other : List.of(Scale.I, Scale.S, Scale.C)) {
            sheet.scale(other, new int[] {1, 1, 1, 1, 1, 1, 1}, new int[] {5, 5, 5});
        }

        ScoringResult result = scorer.score(ITEMS, sheet.build());

        assertScores(result.profile().scores(), 100, 0, 0, 0);
        assertAxes(result.profile().axes(), -50, 50);
        assertThat(result.profile().style()).isEqualTo(Style.D);
        assertThat(result.profile().intensity()).isCloseTo(50 * Math.sqrt(2), EXACT);
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void the_worked_example_of_the_user_guide_comes_out_as_documented() {
        Map<String, Integer> answers = anAnswerSheet()
                .scale(Scale.D, new int[] {5, 4, 5, 4, 5, 4, 5}, new int[] {2, 1, 2})
                .scale(Scale.I, new int[] {3, 4, 3, 3, 4, 3, 3}, new int[] {3, 2, 3})
                .scale(Scale.S, new int[] {2, 2, 3, 2, 1, 2, 2}, new int[] {4, 4, 5})
                .scale(Scale.C, new int[] {4, 4, 3, 4, 4, 3, 4}, new int[] {2, 3, 2})
                .build();

        ScoringResult result = scorer.score(ITEMS, answers, ResponseTiming.of(Duration.ofMinutes(4)));

        // D: plain sum 32, reversed 2, 1, 2 count 4, 5, 4 = 13; 45 / 10 = 4.5 → 87.5.
        // I: 23 + (3 + 4 + 3) = 33 → 3.3 → 57.5. S: 14 + 5 = 19 → 1.9 → 22.5. C: 26 + 11 → 67.5.
        assertScores(result.profile().scores(), 87.5, 57.5, 22.5, 67.5);
        // Task (87.5 + 67.5)/2 = 77.5, people (57.5 + 22.5)/2 = 40 → x = −37.5.
        // Fast (87.5 + 57.5)/2 = 72.5, moderate (22.5 + 67.5)/2 = 45 → y = 27.5.
        assertAxes(result.profile().axes(), -37.5, 27.5);
        // Angle 180° − atan(27.5 / 37.5) = 143.75°, inside D's 112.5°–157.5°.
        assertThat(result.profile().axes().angleDegrees()).isCloseTo(143.746, within(1e-3));
        assertThat(result.profile().style()).isEqualTo(Style.D);
        // √(37.5² + 27.5²) = √2162.5 = 46.50.
        assertThat(result.profile().intensity()).isCloseTo(46.503, within(1e-3));
        assertThat(result.flags()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void a_missing_answer_is_scored_over_the_answered_items_and_flagged_incomplete() {
        Map<String, Integer> answers = anAnswerSheet()
                .scale(Scale.D, new int[] {5, 5, 5, 5, 5, 5, 5}, new int[] {1, 1, 1})
                .scale(Scale.I, new int[] {3, 3, 3, 3, 3, 3, 3}, new int[] {3, 3, 3})
                .scale(Scale.S, new int[] {3, 3, 3, 3, 3, 3, 3}, new int[] {3, 3, 3})
                .scale(Scale.C, new int[] {1, 1, 1, 1, 1, 1, 1}, new int[] {5, 5, 5})
                .answer("D01", 1)
                .without("D02")
                .build();

        ScoringResult result = scorer.score(ITEMS, answers);

        // D over nine items: 1 + 5 × 5 + 3 × 5 = 41 → 41 / 9 = 4.556 → 88.89.
        assertThat(result.profile().scores().d()).isCloseTo((41.0 / 9 - 1) / 4 * 100, EXACT);
        assertThat(result.answered()).isEqualTo(39);
        assertThat(result.flags()).contains(QualityFlag.INCOMPLETE);
    }

    @Test
    void an_answer_outside_one_to_five_is_rejected_naming_the_item() {
        Map<String, Integer> answers =
                anAnswerSheet().everyItem(3).answer("S04", 6).build();

        assertThatThrownBy(() -> scorer.score(ITEMS, answers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S04")
                .hasMessageContaining("6");
        Map<String, Integer> zero =
                anAnswerSheet().everyItem(3).answer("C10", 0).build();
        assertThatThrownBy(() -> scorer.score(ITEMS, zero)).hasMessageContaining("C10");
    }

    @Test
    void an_answer_to_an_unknown_item_is_rejected_naming_the_item() {
        Map<String, Integer> answers =
                anAnswerSheet().everyItem(3).answer("X99", 3).build();

        assertThatThrownBy(() -> scorer.score(ITEMS, answers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X99");
    }

    @Test
    void an_answer_without_a_value_is_rejected_naming_the_item() {
        Map<String, Integer> answers =
                anAnswerSheet().everyItem(3).answer("I05", null).build();

        assertThatThrownBy(() -> scorer.score(ITEMS, answers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("I05");
    }

    @Test
    void a_scale_without_any_answer_cannot_be_scored() {
        AnswerSheet sheet = anAnswerSheet().everyItem(3);
        for (int n = 1; n <= ItemLayout.PER_SCALE; n++) {
            sheet.without(ItemLayout.id(Scale.S, n));
        }

        assertThatThrownBy(() -> scorer.score(ITEMS, sheet.build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Steadiness");
    }
}
