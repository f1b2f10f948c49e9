package io.blindspot.rules.workbench;

import io.blindspot.rules.Evaluation;
import io.blindspot.rules.RuleSet;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.facts.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The difference between two rule sets' conclusions, team by team. A finding is the same finding
 * when its code and its members are the same; the severity is what may change.
 */
public final class ImpactComparison {

    private ImpactComparison() {}

    /** Evaluates every team with both and keeps the teams whose findings differ, by team name. */
    public static List<TeamImpact> over(List<TeamInput> teams, Function<TeamInput, Evaluation> live, RuleSet draft) {
        List<TeamImpact> changed = new ArrayList<>();
        for (TeamInput team : teams) {
            var changes = compare(live.apply(team), draft.evaluate(team));
            if (!changes.isEmpty()) {
                changed.add(new TeamImpact(team.teamId(), team.teamName(), changes));
            }
        }
        changed.sort(Comparator.comparing(TeamImpact::teamName).thenComparing(TeamImpact::teamId));
        return changed;
    }

    /** What the draft's evaluation raises differently from the live one. */
    public static List<FindingChange> compare(Evaluation live, Evaluation draft) {
        Map<String, Finding> before = byIdentity(live.findings());
        Map<String, Finding> after = byIdentity(draft.findings());
        List<FindingChange> changes = new ArrayList<>();
        before.forEach((key, old) -> {
            Finding now = after.get(key);
            if (now == null) {
                changes.add(new FindingChange(
                        FindingChange.Kind.DISAPPEARS,
                        old.code(),
                        old.title(),
                        old.memberIds(),
                        old.severity().name(),
                        null));
            } else if (now.severity() != old.severity()) {
                changes.add(new FindingChange(
                        FindingChange.Kind.CHANGES_SEVERITY,
                        old.code(),
                        now.title(),
                        now.memberIds(),
                        old.severity().name(),
                        now.severity().name()));
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(new FindingChange(
                        FindingChange.Kind.APPEARS,
                        now.code(),
                        now.title(),
                        now.memberIds(),
                        null,
                        now.severity().name()));
            }
        });
        return changes;
    }

    private static Map<String, Finding> byIdentity(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        for (Finding f : findings) {
            map.putIfAbsent(f.code() + " " + f.memberIds().stream().sorted().toList(), f);
        }
        return map;
    }
}
