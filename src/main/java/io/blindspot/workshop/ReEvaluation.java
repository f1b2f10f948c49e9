package io.blindspot.workshop;

import java.util.List;

/**
 * What re-evaluating a debrief with the live rules changed.
 *
 * @param fromVersion the rule-set version the debrief used before; {@code null} when it had none
 * @param appeared findings raised now and not before (by code, with the scale where one code covers several)
 * @param disappeared findings raised before and not now
 */
public record ReEvaluation(Integer fromVersion, int toVersion, List<String> appeared, List<String> disappeared) {}
