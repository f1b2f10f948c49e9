package io.blindspot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.scoring.SimulatedRespondents.Respondent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Simulated respondents with known latent levels, to show that scoring recovers what it should
 * and that the quality flags separate careless from attentive answering. The measured figures are
 * printed; {@code docs/scoring.md} quotes them.
 */
class ScoringSimulationTest {

    private static final List<ItemKey> ITEMS = SimulatedRespondents.ITEMS;
    private static final int ATTENTIVE = 2000;
    private static final int CARELESS_PER_KIND = 1000;

    private final Scorer scorer = new Scorer();

    @Test
    void scale_scores_recover_the_latent_order_of_attentive_respondents() {
        SimulatedRespondents simulation = new SimulatedRespondents(11);
        List<Respondent> people =
                Stream.generate(simulation::attentive).limit(500).toList();

        for (Scale scale : Scale.values()) {
            double[] latent = people.stream()
                    .mapToDouble(p -> p.latent()[scale.ordinal()])
                    .toArray();
            double[] scores = people.stream()
                    .mapToDouble(p ->
                            scorer.score(ITEMS, p.answers()).profile().scores().of(scale))
                    .toArray();
            double rho = spearman(latent, scores);
            System.out.printf("Spearman(latent, score) for %s: %.3f%n", scale, rho);
            assertThat(rho).as("Spearman correlation for %s", scale).isGreaterThan(0.9);
        }
    }

    @Test
    void alpha_is_high_for_consistent_respondents_and_low_for_random_ones() {
        SimulatedRespondents simulation = new SimulatedRespondents(12);
        List<Map<String, Integer>> consistent = Stream.generate(simulation::attentive)
                .limit(500)
                .map(Respondent::answers)
                .toList();
        List<Map<String, Integer>> random = Stream.generate(simulation::randomAnswering)
                .limit(500)
                .map(Respondent::answers)
                .toList();

        for (ScaleReliability r : Reliability.cronbachAlpha(ITEMS, consistent)) {
            System.out.printf("alpha, consistent respondents, %s: %.3f (n=%d)%n", r.scale(), r.alpha(), r.n());
            assertThat(r.alpha()).as("alpha of %s", r.scale()).isGreaterThan(0.8);
            assertThat(r.weak()).isFalse();
        }
        for (ScaleReliability r : Reliability.cronbachAlpha(ITEMS, random)) {
            System.out.printf("alpha, random respondents, %s: %.3f (n=%d)%n", r.scale(), r.alpha(), r.n());
            assertThat(r.alpha()).as("alpha of %s", r.scale()).isLessThan(0.3);
            assertThat(r.weak()).isTrue();
        }
    }

    @Test
    void quality_flags_catch_careless_respondents_and_spare_attentive_ones() {
        SimulatedRespondents simulation = new SimulatedRespondents(13);
        List<Respondent> attentive = generate(simulation::attentive, ATTENTIVE);
        List<Respondent> random = generate(simulation::randomAnswering, CARELESS_PER_KIND);
        List<Respondent> straight = generate(simulation::straightLining, CARELESS_PER_KIND);
        List<Respondent> speeding = generate(simulation::speeding, CARELESS_PER_KIND);
        // The median the service takes over every submitted result of the version, careless ones
        // included; and the documented floor it uses before there are enough results.
        Duration median = PeerMedian.of(
                Stream.of(attentive, random, straight, speeding)
                        .flatMap(List::stream)
                        .map(Respondent::time)
                        .toList(),
                ITEMS.size());
        Duration floor = PeerMedian.of(List.of(), ITEMS.size());

        double falseAlarms = rate(attentive, median, flags -> !flags.isEmpty());
        double randomCaught = rate(random, median, flags -> flags.contains(QualityFlag.INCONSISTENT));
        double straightCaught = rate(straight, median, flags -> flags.contains(QualityFlag.STRAIGHT_LINING));
        double speedingCaught = rate(speeding, median, flags -> flags.contains(QualityFlag.SPEEDING));
        double speedingCaughtByFloorOnly = rate(speeding, floor, flags -> flags.contains(QualityFlag.SPEEDING));
        double falseAlarmsWithFloor = rate(attentive, floor, flags -> flags.contains(QualityFlag.SPEEDING));

        System.out.printf("peer median total time: %d s%n", median.toSeconds());
        System.out.printf("attentive flagged (any flag): %.1f%%%n", 100 * falseAlarms);
        for (QualityFlag flag : QualityFlag.values()) {
            System.out.printf("  of which %s: %.1f%%%n", flag, 100 * rate(attentive, median, f -> f.contains(flag)));
        }
        System.out.printf("random answering caught as INCONSISTENT: %.1f%%%n", 100 * randomCaught);
        System.out.printf("straight-lining caught as STRAIGHT_LINING: %.1f%%%n", 100 * straightCaught);
        System.out.printf("speeding caught as SPEEDING (with median): %.1f%%%n", 100 * speedingCaught);
        System.out.printf(
                "speeding caught as SPEEDING (before enough results: %d s floor median): %.1f%%%n",
                floor.toSeconds(), 100 * speedingCaughtByFloorOnly);
        System.out.printf("attentive flagged SPEEDING with the floor median: %.1f%%%n", 100 * falseAlarmsWithFloor);

        assertThat(falseAlarms).as("false alarms on attentive respondents").isLessThanOrEqualTo(0.05);
        assertThat(randomCaught).as("random answering detected").isGreaterThanOrEqualTo(0.9);
        assertThat(straightCaught).as("straight-lining detected").isGreaterThanOrEqualTo(0.9);
        assertThat(speedingCaught).as("speeding detected").isGreaterThanOrEqualTo(0.9);
        assertThat(speedingCaughtByFloorOnly)
                .as("speeding detected before a version has enough results")
                .isGreaterThanOrEqualTo(0.9);
        assertThat(falseAlarmsWithFloor)
                .as("attentive flagged speeding by the floor")
                .isLessThanOrEqualTo(0.01);
    }

    private static List<Respondent> generate(Supplier<Respondent> kind, int count) {
        return Stream.generate(kind).limit(count).toList();
    }

    private double rate(List<Respondent> people, Duration median, Predicate<Set<QualityFlag>> hit) {
        long hits = people.stream()
                .map(p -> scorer.score(ITEMS, p.answers(), timing(p, median)).flags())
                .filter(hit)
                .count();
        return (double) hits / people.size();
    }

    private static ResponseTiming timing(Respondent person, Duration median) {
        return median == null ? ResponseTiming.of(person.time()) : ResponseTiming.of(person.time(), median);
    }

    /** Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank. */
    static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = meanRank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
