package io.blindspot.scoring;

import java.util.List;
import java.util.Map;

/**
 * Scores one person's answers: scale scores, profile and quality flags.
 *
 * <p>A scale score is the mean of the keyed answers to the scale's answered items (a
 * reverse-keyed answer {@code a} counts as {@code 6 − a}), reported as percent of maximum
 * possible: {@code (mean − 1) / 4 × 100}. Example: keyed answers 4, 4, 5, 3 → mean 4 → 75.
 *
 * <p>Partial answers are scored over the answered items and flagged {@link
 * QualityFlag#INCOMPLETE}; a scale with no answered item cannot be scored at all.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

    /** Scores answers without timing information (no speeding check). */
    public ScoringResult score(List<ItemKey> items, Map<String, Integer> answers) {
        return score(items, answers, ResponseTiming.unknown());
    }

    /**
     * Scores answers.
     *
     * @param items the instrument's items, in presentation order
     * @param answers raw answers (1–5) by item id; unanswered items are absent
     * @param timing how long answering took, for the speeding check
     * @throws IllegalArgumentException naming the item, for an answer to an unknown item or an
     *     answer outside 1–5; naming the scale, when a scale has no answered item
     */
    public ScoringResult score(List<ItemKey> items, Map<String, Integer> answers, ResponseTiming timing) {
        AnsweredItems responses = AnsweredItems.validate(items, answers);
        Profile profile = ProfileMath.fromScores(scaleScores(responses));
        QualityReport quality = QualityCheck.evaluate(responses, timing);
        return new ScoringResult(profile, quality.flags(), responses.count(), responses.total());
    }

    static ScaleScores scaleScores(AnsweredItems responses) {
        return new ScaleScores(
                scaleScore(responses, Scale.D),
                scaleScore(responses, Scale.I),
                scaleScore(responses, Scale.S),
                scaleScore(responses, Scale.C));
    }

    private static double scaleScore(AnsweredItems responses, Scale scale) {
        double mean = responses.of(scale).stream()
                .mapToInt(AnsweredItem::keyed)
                .average()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No answered item for scale " + scale.label() + " (" + scale + "): it cannot be scored"));
        return ScaleScores.percentOfMaximum(mean);
    }
}
