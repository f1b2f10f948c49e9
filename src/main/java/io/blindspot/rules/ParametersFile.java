package io.blindspot.rules;

import io.blindspot.rules.engine.policy.PolicyText;
import io.blindspot.rules.facts.Parameters;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Reads {@code parameters.yaml}. A key left out takes its shipped value from {@link
 * Parameters#DEFAULTS}; an unknown key is an error, because a misspelt threshold would otherwise be
 * ignored without a word. Each value is checked here, by Bean Validation, with the same limits
 * {@link Parameters} enforces, so every problem names its key and line.
 */
final class ParametersFile {

    private static final String SHARE = "must be above 0 and at most 1";
    private static final String AT_LEAST_ONE = "must be at least 1";
    private static final String NOT_NEGATIVE = "must not be negative";

    /** The file as written: every key optional. */
    record Values(
            @DecimalMin(value = "0", message = "need 0 <= low < high <= 100")
                    @DecimalMax(value = "100", message = "need 0 <= low < high <= 100")
                    Double high,
            @DecimalMin(value = "0", message = "need 0 <= low < high <= 100")
                    @DecimalMax(value = "100", message = "need 0 <= low < high <= 100")
                    Double low,
            @Min(value = 1, message = AT_LEAST_ONE) Integer minimumTeamSize,
            @DecimalMin(value = "0", inclusive = false, message = SHARE) @DecimalMax(value = "1", message = SHARE)
                    Double uniformityShare,
            @DecimalMin(value = "0", message = "must be 0 to 1") @DecimalMax(value = "1", message = "must be 0 to 1")
                    Double maxLowQualityShare,
            @PositiveOrZero(message = NOT_NEGATIVE) Double lowSpread,
            @PositiveOrZero(message = NOT_NEGATIVE) Double isolationDistance,
            @DecimalMin(value = "1", message = AT_LEAST_ONE) Double isolationRatio,
            @DecimalMin(value = "0", inclusive = false, message = SHARE) @DecimalMax(value = "1", message = SHARE)
                    Double dominanceOverloadShare,
            @Min(value = 1, message = AT_LEAST_ONE) Integer dominanceOverloadMinimum,
            @Min(value = 1, message = AT_LEAST_ONE) Integer maxRuleFirings,
            @Min(value = 1, message = AT_LEAST_ONE) Long evaluationTimeLimitMs) {}

    private ParametersFile() {}

    /**
     * The parameters, or the defaults when the rule set has no parameters file. The evaluation
     * limits come from the server's {@code limits}; the file may only lower them.
     */
    static Parameters read(String text, Limits limits) {
        if (text == null) {
            return toParameters(
                    new Values(null, null, null, null, null, null, null, null, null, null, null, null), limits);
        }
        var file = DataFile.read(RuleSetSource.PARAMETERS, text, Values.class);
        Values v = file.content();
        if (v != null) {
            Parameters d = Parameters.DEFAULTS;
            if (v.maxRuleFirings() != null && v.maxRuleFirings() > limits.maxRuleFirings()) {
                file.problem(
                        "maxRuleFirings",
                        aboveServerCap(v.maxRuleFirings(), limits.maxRuleFirings(), "max-rule-firings"));
            }
            if (v.evaluationTimeLimitMs() != null && v.evaluationTimeLimitMs() > limits.evaluationTimeLimitMs()) {
                file.problem(
                        "evaluationTimeLimitMs",
                        aboveServerCap(
                                v.evaluationTimeLimitMs(), limits.evaluationTimeLimitMs(), "evaluation-time-limit-ms"));
            }
            double high = or(v.high(), d.high());
            double low = or(v.low(), d.low());
            if (!(low < high)) {
                file.problem(
                        v.low() != null ? "low" : "high",
                        PolicyText.of("rules.parameters.low-below-high", String.valueOf(low), String.valueOf(high)));
            }
        }
        file.throwIfAny();
        return toParameters(v, limits);
    }

    // plain numbers as before: a pattern's {0} would write 1000 as 1,000
    private static PolicyText aboveServerCap(long value, long cap, String property) {
        return PolicyText.of("rules.parameters.above-server-cap", String.valueOf(cap), property, String.valueOf(value));
    }

    private static Parameters toParameters(Values v, Limits limits) {
        Parameters d = Parameters.DEFAULTS;
        return new Parameters(
                or(v.high(), d.high()),
                or(v.low(), d.low()),
                or(v.minimumTeamSize(), d.minimumTeamSize()),
                or(v.uniformityShare(), d.uniformityShare()),
                or(v.maxLowQualityShare(), d.maxLowQualityShare()),
                or(v.lowSpread(), d.lowSpread()),
                or(v.isolationDistance(), d.isolationDistance()),
                or(v.isolationRatio(), d.isolationRatio()),
                or(v.dominanceOverloadShare(), d.dominanceOverloadShare()),
                or(v.dominanceOverloadMinimum(), d.dominanceOverloadMinimum()),
                or(v.maxRuleFirings(), limits.maxRuleFirings()),
                or(v.evaluationTimeLimitMs(), limits.evaluationTimeLimitMs()));
    }

    private static <N> N or(N value, N fallback) {
        return value != null ? value : fallback;
    }
}
