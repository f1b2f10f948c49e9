package io.blindspot.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the {@link QualityFlag}s of one response. Thresholds and their reasons:
 *
 * <ul>
 *   <li><b>Incomplete</b>: at least one item unanswered.
 *   <li><b>Straight-lining</b>: at least {@value #STRAIGHT_LINING_SHARE} of the answered items
 *       carry the same answer (32 of 40). With 30% reverse-keyed items, a respondent who answers
 *       consistently and uses one answer for all plain items must give a different one to the
 *       reversed items, so reaches at most 70% — unless they answer almost everything neutrally.
 *   <li><b>Speeding</b>: under {@value #MIN_SECONDS_PER_ITEM} s per answered item, faster than a
 *       short statement can be read; or, when a peer median is given, under {@value
 *       #MEDIAN_FRACTION} of that median (scaled to the share of items answered).
 *   <li><b>Inconsistent</b>, on either of two indices:
 *       <ol>
 *         <li>Reverse-key gap. Per scale, the mean raw answer to the plain items plus the mean
 *             raw answer to the reverse-keyed items, minus 6; equivalently the plain mean minus
 *             the reversed mean ({@code 6 − a}). An attentive respondent who agrees with the plain
 *             items disagrees with the reversed ones, giving about 0. The index is the mean of
 *             this gap over the scales; flagged when its size is at least {@value
 *             #REVERSE_GAP_LIMIT} answer points: agreeing (or disagreeing) with both sides of the
 *             same scales, e.g. "agree" to nearly everything.
 *         <li>Within-scale spread. The pooled standard deviation of the keyed answers within each
 *             scale. The items of a scale describe one tendency, so an attentive respondent's
 *             keyed answers lie close together (typically 0.8–1.0 points); uniformly random
 *             answers spread by √2 ≈ 1.41. Flagged at {@value #SPREAD_LIMIT} or more, about 85%
 *             of the random spread. The gap alone cannot catch random answering: it averages out.
 *       </ol>
 * </ul>
 *
 * <p>Straight-lining and inconsistency need at least {@value #MIN_ANSWERS_FOR_PATTERN_FLAGS}
 * answers; with fewer, patterns are chance. The simulation test measures the detection and false
 * alarm rates these thresholds give.
 */
public final class QualityCheck {

    public static final int MIN_ANSWERS_FOR_PATTERN_FLAGS = 10;
    public static final double STRAIGHT_LINING_SHARE = 0.8;
    public static final double MIN_SECONDS_PER_ITEM = 1.0;
    public static final double MEDIAN_FRACTION = 0.5;
    public static final double REVERSE_GAP_LIMIT = 1.5;
    public static final double SPREAD_LIMIT = 1.2;

    private QualityCheck() {}

    /**
     * Checks one person's answers.
     *
     * @throws IllegalArgumentException naming the item, for unknown items or answers outside 1–5
     */
    public static QualityReport evaluate(List<ItemKey> items, Map<String, Integer> answers, ResponseTiming timing) {
        return evaluate(AnsweredItems.validate(items, answers), timing);
    }

    static QualityReport evaluate(AnsweredItems responses, ResponseTiming timing) {
        double share = ResponseIndices.sameAnswerShare(responses);
        double secondsPerItem = ResponseIndices.secondsPerItem(responses, timing);
        double gap = ResponseIndices.reverseKeyGap(responses);
        double spread = ResponseIndices.withinScaleSpread(responses);

        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (responses.count() < responses.total()) {
            flags.add(QualityFlag.INCOMPLETE);
        }
        if (isSpeeding(responses, timing, secondsPerItem)) {
            flags.add(QualityFlag.SPEEDING);
        }
        if (responses.count() >= MIN_ANSWERS_FOR_PATTERN_FLAGS) {
            if (share >= STRAIGHT_LINING_SHARE) {
                flags.add(QualityFlag.STRAIGHT_LINING);
            }
            if (Math.abs(gap) >= REVERSE_GAP_LIMIT || spread >= SPREAD_LIMIT) {
                flags.add(QualityFlag.INCONSISTENT);
            }
        }
        return new QualityReport(flags, share, secondsPerItem, gap, spread);
    }

    private static boolean isSpeeding(AnsweredItems responses, ResponseTiming timing, double secondsPerItem) {
        if (!timing.known() || responses.count() == 0) {
            return false;
        }
        if (secondsPerItem < MIN_SECONDS_PER_ITEM) {
            return true;
        }
        if (timing.peerMedian() == null) {
            return false;
        }
        // The median is for complete responses; a partial one is held to its share of it.
        double answeredShare = (double) responses.count() / responses.total();
        double floorMillis = MEDIAN_FRACTION * timing.peerMedian().toMillis() * answeredShare;
        return timing.total().toMillis() < floorMillis;
    }
}
