package io.blindspot.rules.facts;

/**
 * The thresholds rules use, from {@code rules/parameters.yaml}; rules see them as the global
 * {@code params}, so HR can tune a threshold without touching a rule.
 *
 * @param high a scale score at or above this is "high" (0–100)
 * @param low a scale score at or below this is "low" (0–100)
 * @param minimumTeamSize fewer completed results than this and no composition finding is raised
 * @param uniformityShare share of members (0–1) that makes a pattern "nearly everyone"
 * @param maxLowQualityShare above this share (0–1) of flagged results nothing is concluded
 * @param lowSpread a standard deviation below this on both axes counts as "little spread"
 * @param isolationDistance a member at least this far (style map units) from everyone else…
 * @param isolationRatio …and this many times farther than members typically are from their
 *     nearest colleague is isolated
 * @param dominanceOverloadShare share of high-D members (0–1) that makes power struggles likely…
 * @param dominanceOverloadMinimum …once there are at least this many of them
 * @param maxRuleFirings cap on rule firings in one evaluation; reaching it is an error
 * @param evaluationTimeLimitMs cap on the time of one evaluation in milliseconds
 */
public record Parameters(
        @Meaning("A scale score at or above this counts as high (0-100).") double high,
        @Meaning("A scale score at or below this counts as low (0-100).") double low,
        @Meaning("With fewer completed results than this the rules say \"insufficient data\" and nothing else.")
                int minimumTeamSize,
        @Meaning("The share of completed results (0-1) that makes a pattern \"nearly everyone\".")
                double uniformityShare,
        @Meaning("Above this share (0-1) of flagged results the rules conclude nothing about the team.")
                double maxLowQualityShare,
        @Meaning("A standard deviation below this on both style-map axes counts as little spread (a homogeneous team).")
                double lowSpread,
        @Meaning("A member at least this far (style-map units) from every colleague may be isolated.")
                double isolationDistance,
        @Meaning(
                        "…and only when that is this many times farther than members of the team typically are from each other.")
                double isolationRatio,
        @Meaning("The share (0-1) of members high in D that makes power struggles likely.")
                double dominanceOverloadShare,
        @Meaning("…once at least this many members are high in D.") int dominanceOverloadMinimum,
        @Meaning("Cap on rule firings in one evaluation; reaching it is an error. May only lower the server's cap.")
                int maxRuleFirings,
        @Meaning("Cap on the time of one evaluation in milliseconds. May only lower the server's cap.")
                long evaluationTimeLimitMs) {

    /** The shipped values, also written in {@code rules/parameters.yaml}. */
    public static final Parameters DEFAULTS = new Parameters(65, 35, 3, 0.8, 0.34, 12, 40, 2.5, 0.5, 3, 1000, 2000);

    public Parameters {
        check(low >= 0 && low < high && high <= 100, "high/low", "need 0 <= low < high <= 100");
        check(minimumTeamSize >= 1, "minimumTeamSize", "must be at least 1");
        check(isShare(uniformityShare), "uniformityShare", "must be above 0 and at most 1");
        check(maxLowQualityShare >= 0 && maxLowQualityShare <= 1, "maxLowQualityShare", "must be 0 to 1");
        check(lowSpread >= 0, "lowSpread", "must not be negative");
        check(isolationDistance >= 0, "isolationDistance", "must not be negative");
        check(isolationRatio >= 1, "isolationRatio", "must be at least 1");
        check(isShare(dominanceOverloadShare), "dominanceOverloadShare", "must be above 0 and at most 1");
        check(dominanceOverloadMinimum >= 1, "dominanceOverloadMinimum", "must be at least 1");
        check(maxRuleFirings >= 1, "maxRuleFirings", "must be at least 1");
        check(evaluationTimeLimitMs >= 1, "evaluationTimeLimitMs", "must be at least 1");
    }

    /** On an axis (−100…100), "high" is this far toward its positive pole: high − low. */
    @Meaning("On a style-map axis, how far toward a pole counts as high: high - low.")
    public double axisHigh() {
        return high - low;
    }

    /** {@link #maxLowQualityShare()} as a whole percentage, for explanations. */
    @Meaning("maxLowQualityShare as a whole percentage, for explanations.")
    public long maxLowQualityPercent() {
        return Math.round(maxLowQualityShare * 100);
    }

    private static boolean isShare(double value) {
        return value > 0 && value <= 1;
    }

    private static void check(boolean ok, String field, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": " + rule);
        }
    }
}
