package io.blindspot.rules;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs scenarios against a rule set. Besides what a scenario lists, every scenario checks the
 * contract all findings keep: a title, an explanation, the rule that raised it, and at least one
 * coaching action.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {}

    public static ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
        Evaluation evaluation = ruleSet.evaluate(scenario.team());
        List<String> failures = new ArrayList<>();
        if (!evaluation.succeeded()) {
            failures.add("the evaluation failed: " + evaluation.error());
        }
        for (Scenario.Expectation expected : scenario.expected()) {
            var found = evaluation.findings().stream()
                    .filter(f -> matches(f, expected))
                    .toList();
            if (found.isEmpty()) {
                failures.add("expected " + expected + " but got " + summary(evaluation));
            } else if (found.stream().noneMatch(f -> hasActions(evaluation.actionsFor(f), expected.actions()))) {
                failures.add("expected " + expected + " but its actions were "
                        + found.stream().map(f -> actionTexts(evaluation, f)).toList());
            }
        }
        for (Scenario.Expectation forbidden : scenario.forbidden()) {
            evaluation.findings().stream()
                    .filter(f -> isForbidden(f, forbidden))
                    .forEach(f -> failures.add("must not raise " + forbidden + " but rule '" + f.rule()
                            + "' raised it for " + f.memberIds()));
        }
        if (scenario.onlyExpected()) {
            evaluation.findings().stream()
                    .filter(f -> scenario.expected().stream().noneMatch(e -> matches(f, e)))
                    .forEach(f -> failures.add(
                            "did not expect " + f.code() + " " + f.memberIds() + " from rule '" + f.rule() + "'"));
        }
        evaluation.findings().forEach(f -> checkContract(f, evaluation, failures));
        List<String> expected = new ArrayList<>();
        scenario.expected().forEach(e -> expected.add(e.toString()));
        scenario.forbidden().forEach(f -> expected.add("not " + f));
        return new ScenarioResult(scenario.file(), scenario.name(), failures, expected, evaluation);
    }

    static boolean matches(Finding finding, Scenario.Expectation expected) {
        return finding.code().equals(expected.code())
                && (expected.severity() == null || finding.severity().name().equalsIgnoreCase(expected.severity()))
                && (expected.members() == null
                        || new HashSet<>(finding.memberIds()).equals(new HashSet<>(expected.members())))
                && expected.evidence().entrySet().stream().allMatch(e -> sameValue(finding.evidence(), e));
    }

    /** Exactly the expected actions: as many, and each expected text part of a different one. */
    private static boolean hasActions(List<CoachingAction> actions, List<String> expected) {
        if (expected == null) {
            return true;
        }
        if (actions.size() != expected.size()) {
            return false;
        }
        List<CoachingAction> left = new ArrayList<>(actions);
        for (String text : expected) {
            var match = left.stream().filter(a -> a.action().contains(text)).findFirst();
            if (match.isEmpty()) {
                return false;
            }
            left.remove(match.get());
        }
        return true;
    }

    private static List<String> actionTexts(Evaluation evaluation, Finding finding) {
        return evaluation.actionsFor(finding).stream()
                .map(CoachingAction::action)
                .toList();
    }

    private static boolean isForbidden(Finding finding, Scenario.Expectation forbidden) {
        return finding.code().equals(forbidden.code())
                && (forbidden.severity() == null || finding.severity().name().equalsIgnoreCase(forbidden.severity()))
                && (forbidden.members() == null || finding.memberIds().stream().anyMatch(forbidden.members()::contains))
                && forbidden.evidence().entrySet().stream().allMatch(e -> sameValue(finding.evidence(), e));
    }

    private static boolean sameValue(Map<String, Object> evidence, Map.Entry<String, String> expected) {
        Object actual = evidence.get(expected.getKey());
        if (actual instanceof Number number) {
            try {
                return number.doubleValue() == Double.parseDouble(expected.getValue());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Objects.equals(actual == null ? null : actual.toString(), expected.getValue());
    }

    private static void checkContract(Finding finding, Evaluation evaluation, List<String> failures) {
        String which = finding.code() + " from rule '" + finding.rule() + "'";
        if (finding.title().isBlank() || finding.explanation().isBlank()) {
            failures.add(which + " needs a title and an explanation");
        }
        if (finding.rule().isBlank()) {
            failures.add(finding.code() + " was not raised by a rule");
        }
        if (evaluation.actionsFor(finding).isEmpty()) {
            failures.add(which + " has no coaching action");
        }
    }

    private static String summary(Evaluation evaluation) {
        if (evaluation.findings().isEmpty()) {
            return "no findings";
        }
        return evaluation.findings().stream()
                .map(f -> f.code() + " " + f.severity() + " " + f.memberIds() + " " + f.evidence())
                .toList()
                .toString();
    }
}
