package io.blindspot.scoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates respondents to the {@link ItemLayout#standard()} items from a known model, seeded so
 * every run sees the same people.
 *
 * <p>Attentive respondents follow a simple graded-response model: each has a latent level θ ~
 * N(0, 1) per scale; their raw answer to an item is {@code 3 + LOADING × θ × (±1 by keying) +
 * item offset + NOISE × N(0, 1)}, rounded and clamped to 1–5. Item offsets ~ U(−0.5, 0.5) make
 * some statements easier to agree with than others. With LOADING = NOISE = 0.9 the scales reach
 * an alpha of about 0.88: a good, not a perfect, 10-item scale.
 *
 * <p>Attentive answering time: about {@value #MEDIAN_SECONDS_PER_ITEM} s per item, times a
 * personal reading-speed factor exp(N(0, 0.3)) — fast and slow readers differ by roughly a third
 * — times a per-item factor exp(N(0, 0.5)).
 */
final class SimulatedRespondents {

    static final double LOADING = 0.9;
    static final double NOISE = 0.9;
    static final double MEDIAN_SECONDS_PER_ITEM = 5.0;
    static final double READING_SPEED_SD = 0.3;
    static final double ITEM_TIME_SD = 0.5;
    /** A near straight-liner changes about one answer in ten. */
    static final double STRAIGHT_LINER_DEVIATION = 0.1;

    static final List<ItemKey> ITEMS = ItemLayout.standard();

    /** One simulated person: latent levels (NaN for careless ones), answers and total time. */
    record Respondent(double[] latent, Map<String, Integer> answers, Duration time) {}

    private final Random random;
    private final double[] itemOffsets;

    SimulatedRespondents(long seed) {
        random = new Random(seed);
        itemOffsets = random.doubles(ITEMS.size(), -0.5, 0.5).toArray();
    }

    Respondent attentive() {
        double[] latent = new double[Scale.values().length];
        for (int k = 0; k < latent.length; k++) {
            latent[k] = random.nextGaussian();
        }
        Map<String, Integer> answers = new HashMap<>();
        for (int j = 0; j < ITEMS.size(); j++) {
            ItemKey item = ITEMS.get(j);
            double direction = item.reverseKeyed() ? -1 : 1;
            double y = 3
                    + LOADING * latent[item.scale().ordinal()] * direction
                    + itemOffsets[j]
                    + NOISE * random.nextGaussian();
            answers.put(item.itemId(), clamp((int) Math.round(y)));
        }
        return new Respondent(latent, answers, readingTime());
    }

    /** Answers uniformly at random, at an ordinary pace. */
    Respondent randomAnswering() {
        Map<String, Integer> answers = new HashMap<>();
        ITEMS.forEach(item -> answers.put(item.itemId(), 1 + random.nextInt(5)));
        return new Respondent(unknownLatent(), answers, readingTime());
    }

    /** Picks one answer and gives it almost throughout, at an ordinary pace. */
    Respondent straightLining() {
        int answer = 1 + random.nextInt(5);
        Map<String, Integer> answers = new HashMap<>();
        for (ItemKey item : ITEMS) {
            boolean deviates = random.nextDouble() < STRAIGHT_LINER_DEVIATION;
            answers.put(item.itemId(), deviates ? 1 + random.nextInt(5) : answer);
        }
        return new Respondent(unknownLatent(), answers, readingTime());
    }

    /** Answers like an attentive person but spends only 0.5–2 s per item. */
    Respondent speeding() {
        Respondent pattern = attentive();
        double seconds = 0;
        for (int j = 0; j < ITEMS.size(); j++) {
            seconds += 0.5 + 1.5 * random.nextDouble();
        }
        return new Respondent(pattern.latent(), pattern.answers(), Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private Duration readingTime() {
        double speed = Math.exp(READING_SPEED_SD * random.nextGaussian());
        double seconds = 0;
        for (int j = 0; j < ITEMS.size(); j++) {
            seconds += MEDIAN_SECONDS_PER_ITEM * speed * Math.exp(ITEM_TIME_SD * random.nextGaussian());
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static double[] unknownLatent() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }

    private static int clamp(int answer) {
        return Math.max(ItemKey.MIN_ANSWER, Math.min(ItemKey.MAX_ANSWER, answer));
    }
}
