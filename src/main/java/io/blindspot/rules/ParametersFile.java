package io.blindspot.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspot.rules.facts.Parameters;
import java.util.Set;

/**
 * Reads {@code parameters.yaml}. A key left out takes its shipped value from {@link
 * Parameters#DEFAULTS}; an unknown key is an error, because a misspelt threshold would otherwise be
 * ignored without a word.
 */
final class ParametersFile {

    private static final Set<String> KEYS = Set.of(
            "high",
            "low",
            "minimumTeamSize",
            "uniformityShare",
            "maxLowQualityShare",
            "lowSpread",
            "isolationDistance",
            "isolationRatio",
            "dominanceOverloadShare",
            "dominanceOverloadMinimum",
            "maxRuleFirings",
            "evaluationTimeLimitMs");

    private ParametersFile() {}

    /** The parameters, or the defaults when the rule set has no parameters file. */
    static Parameters read(String text) {
        if (text == null) {
            return Parameters.DEFAULTS;
        }
        YamlFields yaml = new YamlFields(RuleSetSource.PARAMETERS);
        JsonNode root = yaml.parse(text);
        yaml.onlyKeys(root, "", KEYS);
        Parameters d = Parameters.DEFAULTS;
        try {
            return new Parameters(
                    number(yaml, root, "high", d.high()),
                    number(yaml, root, "low", d.low()),
                    (int) number(yaml, root, "minimumTeamSize", d.minimumTeamSize()),
                    number(yaml, root, "uniformityShare", d.uniformityShare()),
                    number(yaml, root, "maxLowQualityShare", d.maxLowQualityShare()),
                    number(yaml, root, "lowSpread", d.lowSpread()),
                    number(yaml, root, "isolationDistance", d.isolationDistance()),
                    number(yaml, root, "isolationRatio", d.isolationRatio()),
                    number(yaml, root, "dominanceOverloadShare", d.dominanceOverloadShare()),
                    (int) number(yaml, root, "dominanceOverloadMinimum", d.dominanceOverloadMinimum()),
                    (int) number(yaml, root, "maxRuleFirings", d.maxRuleFirings()),
                    (long) number(yaml, root, "evaluationTimeLimitMs", d.evaluationTimeLimitMs()));
        } catch (IllegalArgumentException e) {
            // Parameters names the field first: "uniformityShare: must be above 0 and at most 1"
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw colon > 0
                    ? yaml.fail(message.substring(0, colon), message.substring(colon + 2))
                    : yaml.fail("", message);
        }
    }

    private static double number(YamlFields yaml, JsonNode root, String key, double fallback) {
        return root.has(key) ? yaml.number(root, "", key) : fallback;
    }
}
