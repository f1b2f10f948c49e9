package io.blindspot.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The quality flags of one response, with the indices they were decided on, so a reviewer can
 * see how close a response came to a threshold. An index that could not be computed is NaN.
 *
 * @param flags the raised flags
 * @param sameAnswerShare share of answered items that carry the most frequent answer, 0–1
 * @param secondsPerItem answering time per answered item, in seconds
 * @param reverseKeyGap the acquiescence index: how far, on average over the scales, the plainly
 *     keyed and the reversed reverse-keyed answers of a scale lie apart, signed, in answer points;
 *     positive means agreeing with both sides, negative disagreeing with both
 * @param withinScaleSpread pooled standard deviation of keyed answers within scales, in answer
 *     points
 */
public record QualityReport(
        Set<QualityFlag> flags,
        double sameAnswerShare,
        double secondsPerItem,
        double reverseKeyGap,
        double withinScaleSpread) {

    public QualityReport {
        flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(QualityFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
