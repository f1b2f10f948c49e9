package io.blindspot.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of scoring one person's answers.
 *
 * @param profile scale scores, axes, style and intensity
 * @param flags response-quality flags; empty when nothing stood out
 * @param answered how many items were answered
 * @param total how many items the instrument has
 */
public record ScoringResult(Profile profile, Set<QualityFlag> flags, int answered, int total) {

    public ScoringResult {
        Objects.requireNonNull(profile, "profile");
        flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(QualityFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        if (answered < 0 || answered > total) {
            throw new IllegalArgumentException("answered must be within 0–" + total + ", was " + answered);
        }
    }

    /** Whether every item was answered. */
    public boolean complete() {
        return answered == total;
    }
}
