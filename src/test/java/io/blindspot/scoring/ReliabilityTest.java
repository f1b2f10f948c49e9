package io.blindspot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    // Three D items, four people. Item variances 10/3, 2.75/3, 5/3 (sum 17.75/3); totals 5, 8, 13,
    // 13 with variance 46.75/3. α = 3/2 × (1 − 17.75/46.75) = 0.930481.
    private static final List<ItemKey> THREE_D_ITEMS = List.of(
            new ItemKey("D1", Scale.D, false), new ItemKey("D2", Scale.D, false), new ItemKey("D3", Scale.D, false));
    private static final List<Map<String, Integer>> FOUR_PEOPLE = List.of(
            Map.of("D1", 1, "D2", 2, "D3", 2),
            Map.of("D1", 2, "D2", 3, "D3", 3),
            Map.of("D1", 4, "D2", 4, "D3", 5),
            Map.of("D1", 5, "D2", 4, "D3", 4));

    private static ScaleReliability dominance(List<ItemKey> items, List<Map<String, Integer>> responses) {
        return Reliability.cronbachAlpha(items, responses).get(Scale.D.ordinal());
    }

    @Test
    void alpha_matches_a_hand_computed_example() {
        ScaleReliability d = dominance(THREE_D_ITEMS, FOUR_PEOPLE);

        assertThat(d.scale()).isEqualTo(Scale.D);
        assertThat(d.alpha()).isCloseTo(0.930481, within(1e-6));
        assertThat(d.n()).isEqualTo(4);
        assertThat(d.weak()).isFalse();
        assertThat(d.isDefined()).isTrue();
    }

    @Test
    void alpha_is_computed_on_keyed_answers() {
        // The third item reverse-keyed and answered mirrored (6 − a): nothing changes.
        List<ItemKey> items = List.of(THREE_D_ITEMS.get(0), THREE_D_ITEMS.get(1), new ItemKey("D3", Scale.D, true));
        List<Map<String, Integer>> mirrored = FOUR_PEOPLE.stream()
                .map(r -> Map.of("D1", r.get("D1"), "D2", r.get("D2"), "D3", 6 - r.get("D3")))
                .toList();

        assertThat(dominance(items, mirrored).alpha()).isCloseTo(0.930481, within(1e-6));
    }

    @Test
    void responses_missing_an_item_of_the_scale_are_left_out_and_counted_out_of_n() {
        List<Map<String, Integer>> withPartial = new java.util.ArrayList<>(FOUR_PEOPLE);
        withPartial.add(Map.of("D1", 3, "D2", 1));

        ScaleReliability d = dominance(THREE_D_ITEMS, withPartial);

        assertThat(d.n()).isEqualTo(4);
        assertThat(d.alpha()).isCloseTo(0.930481, within(1e-6));
    }

    @Test
    void alpha_is_undefined_for_a_single_response_or_no_variance() {
        ScaleReliability one = dominance(THREE_D_ITEMS, FOUR_PEOPLE.subList(0, 1));
        ScaleReliability same = dominance(THREE_D_ITEMS, List.of(FOUR_PEOPLE.get(0), FOUR_PEOPLE.get(0)));

        assertThat(one.alpha()).isNaN();
        assertThat(one.n()).isEqualTo(1);
        assertThat(one.isDefined()).isFalse();
        assertThat(one.weak()).isFalse();
        assertThat(same.alpha()).isNaN();
        assertThat(same.n()).isEqualTo(2);
    }

    @Test
    void a_scale_without_items_has_no_alpha_and_no_responses() {
        ScaleReliability influence =
                Reliability.cronbachAlpha(THREE_D_ITEMS, FOUR_PEOPLE).get(Scale.I.ordinal());

        assertThat(influence.scale()).isEqualTo(Scale.I);
        assertThat(influence.alpha()).isNaN();
        assertThat(influence.n()).isZero();
    }

    @Test
    void alpha_below_seventy_is_weak() {
        assertThat(ScaleReliability.of(Scale.S, 0.69, 30).weak()).isTrue();
        assertThat(ScaleReliability.of(Scale.S, 0.70, 30).weak()).isFalse();
        assertThat(ScaleReliability.of(Scale.S, -0.2, 30).weak()).isTrue();
    }

    @Test
    void items_that_work_against_each_other_give_a_negative_alpha() {
        List<Map<String, Integer>> contradictory = List.of(
                Map.of("D1", 1, "D2", 5, "D3", 3),
                Map.of("D1", 5, "D2", 1, "D3", 3),
                Map.of("D1", 3, "D2", 3, "D3", 2));

        assertThat(dominance(THREE_D_ITEMS, contradictory).alpha()).isNegative();
    }

    @Test
    void an_out_of_range_answer_is_rejected_naming_the_item() {
        assertThatThrownBy(() -> Reliability.cronbachAlpha(THREE_D_ITEMS, List.of(Map.of("D1", 9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D1");
    }
}
