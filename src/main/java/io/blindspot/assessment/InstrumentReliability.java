package io.blindspot.assessment;

import io.blindspot.scoring.ScaleReliability;
import java.util.List;

/**
 * Cronbach's alpha per scale over all submitted, complete answer sets of one instrument version.
 * Carries only aggregates, never an individual's answers.
 *
 * @param instrumentKey the instrument's stable id, e.g. {@code workplace-style}
 * @param version the instrument version
 * @param title the instrument's title
 * @param n the number of complete answer sets the alphas rest on
 * @param scales alpha and weak flag per scale, in D, I, S, C order; undefined (NaN) when n &lt; 2
 */
public record InstrumentReliability(
        String instrumentKey, int version, String title, int n, List<ScaleReliability> scales) {

    public InstrumentReliability {
        scales = List.copyOf(scales);
    }
}
