package io.blindspot.scoring;

import java.util.List;

/** The indices behind the quality flags; see {@link QualityCheck} for what they mean. */
final class ResponseIndices {

    private ResponseIndices() {}

    /** Share of answers that equal the most frequent answer; NaN without answers. */
    static double sameAnswerShare(AnsweredItems responses) {
        if (responses.count() == 0) {
            return Double.NaN;
        }
        int[] counts = new int[ItemKey.MAX_ANSWER + 1];
        int most = 0;
        for (AnsweredItem a : responses.answered()) {
            most = Math.max(most, ++counts[a.answer()]);
        }
        return (double) most / responses.count();
    }

    /** Seconds per answered item; NaN when the time is unknown or nothing was answered. */
    static double secondsPerItem(AnsweredItems responses, ResponseTiming timing) {
        if (!timing.known() || responses.count() == 0) {
            return Double.NaN;
        }
        return timing.total().toMillis() / 1000.0 / responses.count();
    }

    /**
     * Mean over scales of (mean raw plain answer + mean raw reverse-keyed answer − 6), counting
     * only scales with both kinds of item answered; NaN when there is none.
     */
    static double reverseKeyGap(AnsweredItems responses) {
        double sum = 0;
        int scales = 0;
        for (Scale scale : Scale.values()) {
            List<AnsweredItem> answered = responses.of(scale);
            double plain = meanRaw(answered, false);
            double reversed = meanRaw(answered, true);
            if (!Double.isNaN(plain) && !Double.isNaN(reversed)) {
                sum += plain + reversed - (ItemKey.MIN_ANSWER + ItemKey.MAX_ANSWER);
                scales++;
            }
        }
        return scales == 0 ? Double.NaN : sum / scales;
    }

    /**
     * Pooled within-scale standard deviation of keyed answers: √(Σ squared deviations from each
     * scale's own mean / Σ (answers per scale − 1)); NaN when no scale has two answers.
     */
    static double withinScaleSpread(AnsweredItems responses) {
        double squares = 0;
        int degreesOfFreedom = 0;
        for (Scale scale : Scale.values()) {
            List<AnsweredItem> answered = responses.of(scale);
            if (answered.size() < 2) {
                continue;
            }
            double mean =
                    answered.stream().mapToInt(AnsweredItem::keyed).average().orElseThrow();
            for (AnsweredItem a : answered) {
                squares += (a.keyed() - mean) * (a.keyed() - mean);
            }
            degreesOfFreedom += answered.size() - 1;
        }
        return degreesOfFreedom == 0 ? Double.NaN : Math.sqrt(squares / degreesOfFreedom);
    }

    private static double meanRaw(List<AnsweredItem> answered, boolean reverseKeyed) {
        return answered.stream()
                .filter(a -> a.item().reverseKeyed() == reverseKeyed)
                .mapToInt(AnsweredItem::answer)
                .average()
                .orElse(Double.NaN);
    }
}
