package io.blindspot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScoringProperties {

    private static final List<ItemKey> ITEMS = ItemLayout.standard();
    private static final double EPSILON = 1e-9;

    private final Scorer scorer = new Scorer();

    @Provide
    Arbitrary<Map<String, Integer>> answerSheets() {
        return Arbitraries.integers().between(1, 5).list().ofSize(ITEMS.size()).map(ScoringProperties::toAnswers);
    }

    @Provide
    Arbitrary<ScaleScores> scaleScores() {
        Arbitrary<Double> score =
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 100), Arbitraries.of(0.0, 25.0, 50.0, 75.0, 100.0));
        return Combinators.combine(score, score, score, score).as(ScaleScores::new);
    }

    @Property
    void scale_scores_stay_within_zero_and_hundred(@ForAll("answerSheets") Map<String, Integer> answers) {
        ScaleScores scores = scorer.score(ITEMS, answers).profile().scores();

        for (Scale scale : Scale.values()) {
            assertThat(scores.of(scale)).isBetween(0.0, 100.0);
        }
    }

    @Property
    void axes_stay_within_minus_hundred_and_hundred(@ForAll("scaleScores") ScaleScores scores) {
        StyleAxes axes = ProfileMath.fromScores(scores).axes();

        assertThat(axes.peopleVsTask()).isBetween(-100.0, 100.0);
        assertThat(axes.pace()).isBetween(-100.0, 100.0);
    }

    @Property
    void axes_follow_the_documented_formulas(@ForAll("scaleScores") ScaleScores s) {
        StyleAxes axes = StyleAxes.from(s);

        assertThat(axes.peopleVsTask()).isCloseTo((s.i() + s.s()) / 2 - (s.d() + s.c()) / 2, within(EPSILON));
        assertThat(axes.pace()).isCloseTo((s.d() + s.i()) / 2 - (s.s() + s.c()) / 2, within(EPSILON));
    }

    @Property
    void intensity_is_the_distance_from_the_centre_and_never_leaves_zero_to_hundred(
            @ForAll("scaleScores") ScaleScores s) {
        Profile profile = ProfileMath.fromScores(s);
        double fromScales = Math.sqrt((Math.pow(s.i() - s.c(), 2) + Math.pow(s.s() - s.d(), 2)) / 2);

        assertThat(profile.intensity()).isBetween(0.0, 100.0);
        assertThat(profile.intensity()).isCloseTo(profile.axes().distanceFromCentre(), within(EPSILON));
        assertThat(profile.intensity()).isCloseTo(fromScales, within(EPSILON));
    }

    @Property
    void the_style_is_the_sector_whose_centre_is_nearest_to_the_angle(@ForAll("scaleScores") ScaleScores s) {
        Profile profile = ProfileMath.fromScores(s);

        if (profile.intensity() < ProfileMath.BALANCED_BELOW) {
            assertThat(profile.style()).isEqualTo(Style.BALANCED);
        } else {
            double gap = circularDistance(
                    profile.axes().angleDegrees(), profile.style().centreAngleDegrees());
            assertThat(gap).isLessThanOrEqualTo(ProfileMath.SECTOR_WIDTH_DEGREES / 2 + EPSILON);
        }
    }

    @Property
    void answering_a_on_a_reversed_item_equals_answering_six_minus_a_on_a_plain_one(
            @ForAll("answerSheets") Map<String, Integer> answers,
            @ForAll @Size(ItemLayout.PER_SCALE * 4) List<Boolean> flip) {
        // Flip the keying of any subset of items and mirror their answers: nothing may change.
        List<ItemKey> flipped = new ArrayList<>();
        Map<String, Integer> mirrored = new HashMap<>(answers);
        for (int n = 0; n < ITEMS.size(); n++) {
            ItemKey item = ITEMS.get(n);
            boolean f = flip.get(n);
            flipped.add(new ItemKey(item.itemId(), item.scale(), item.reverseKeyed() ^ f));
            if (f) {
                mirrored.put(item.itemId(), 6 - answers.get(item.itemId()));
            }
        }

        Profile original = scorer.score(ITEMS, answers).profile();
        Profile mirror = scorer.score(flipped, mirrored).profile();

        assertThat(mirror).isEqualTo(original);
    }

    @Property
    void raising_an_answer_never_lowers_its_scale_score_on_a_plain_item_nor_raises_it_on_a_reversed_one(
            @ForAll("answerSheets") Map<String, Integer> answers, @ForAll @IntRange(min = 0, max = 39) int index) {
        ItemKey item = ITEMS.get(index);
        int answer = answers.get(item.itemId());
        if (answer == 5) {
            return;
        }
        Map<String, Integer> raised = new HashMap<>(answers);
        raised.put(item.itemId(), answer + 1);

        double before = scorer.score(ITEMS, answers).profile().scores().of(item.scale());
        double after = scorer.score(ITEMS, raised).profile().scores().of(item.scale());

        // One answer point on one of ten items moves the scale by exactly 2.5.
        assertThat(after - before).isCloseTo(item.reverseKeyed() ? -2.5 : 2.5, within(EPSILON));
    }

    private static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    private static Map<String, Integer> toAnswers(List<Integer> values) {
        Map<String, Integer> answers = new HashMap<>();
        for (int n = 0; n < ITEMS.size(); n++) {
            answers.put(ITEMS.get(n).itemId(), values.get(n));
        }
        return answers;
    }
}
