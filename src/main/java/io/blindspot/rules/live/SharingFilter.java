package io.blindspot.rules.live;

import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies members' consent to a team's stored evaluation before it is shown: a member who has not
 * chosen to share is not named in findings, evidence or actions, and a finding about that one
 * person is left out. The same rules as the workshop debrief; the engine still saw everyone.
 */
final class SharingFilter {

    /** Evidence names that carry one person's figure or identity rather than the team's. */
    private static final List<String> PERSONAL_EVIDENCE =
            List.of("lowest", "highest", "nearest", "member", "leader", "among them");

    private SharingFilter() {}

    static StoredTeamEvaluation apply(StoredTeamEvaluation evaluation, Set<String> sharing) {
        Map<String, String> hidden = new LinkedHashMap<>();
        evaluation.memberNames().forEach((username, name) -> {
            if (!sharing.contains(username)) {
                hidden.put(username, name);
            }
        });
        if (hidden.isEmpty()) {
            return evaluation;
        }
        var findings = new ArrayList<FindingView>();
        var leftOut = new java.util.HashSet<Integer>();
        for (int index = 0; index < evaluation.findings().size(); index++) {
            var f = evaluation.findings().get(index);
            if (f.memberIds().size() == 1 && !sharing.contains(f.memberIds().get(0))) {
                leftOut.add(index);
                continue;
            }
            var evidence = new LinkedHashMap<String, Object>();
            f.evidence().forEach((name, value) -> {
                boolean personal = PERSONAL_EVIDENCE.stream().anyMatch(name.toLowerCase()::contains);
                boolean naming = value instanceof String text && mentions(text, hidden);
                if (!personal && !naming) {
                    evidence.put(name, value);
                }
            });
            findings.add(new FindingView(
                    f.code(),
                    f.severity(),
                    scrub(f.title(), hidden),
                    scrub(f.explanation(), hidden),
                    f.rule(),
                    f.memberIds().stream().filter(sharing::contains).toList(),
                    evidence,
                    f.coachingActions().stream()
                            .map(a -> action(a, sharing, hidden))
                            .toList()));
        }
        // Actions of a left-out finding go too: they would name or address the person it is about.
        var kept = findings.stream().map(FindingView::code).collect(java.util.stream.Collectors.toSet());
        var actions = evaluation.coachingActions().stream()
                .filter(a ->
                        a.findingIndex() != null ? !leftOut.contains(a.findingIndex()) : kept.contains(a.findingCode()))
                .map(a -> action(a, sharing, hidden))
                .toList();
        var names = new LinkedHashMap<String, String>();
        evaluation.memberNames().forEach((username, name) -> {
            if (sharing.contains(username)) {
                names.put(username, name);
            }
        });
        return new StoredTeamEvaluation(
                evaluation.teamId(),
                evaluation.teamName(),
                evaluation.ruleSetVersion(),
                evaluation.evaluatedAt(),
                evaluation.evaluatedBy(),
                evaluation.status(),
                evaluation.error(),
                evaluation.completedResults(),
                evaluation.teamSize(),
                evaluation.stale(),
                findings,
                actions,
                names);
    }

    private static ActionView action(ActionView a, Set<String> sharing, Map<String, String> hidden) {
        return new ActionView(
                a.findingCode(),
                a.findingIndex(),
                a.audience(),
                a.memberId() != null && sharing.contains(a.memberId()) ? a.memberId() : null,
                scrub(a.action(), hidden),
                scrub(a.firstStep(), hidden),
                a.cadence(),
                a.reference());
    }

    private static boolean mentions(String text, Map<String, String> hidden) {
        return hidden.entrySet().stream()
                .anyMatch(e -> word(e.getKey()).matcher(text).find()
                        || word(e.getValue()).matcher(text).find());
    }

    private static String scrub(String text, Map<String, String> hidden) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (var e : hidden.entrySet()) {
            result = word(e.getValue()).matcher(result).replaceAll("a team member");
            result = word(e.getKey()).matcher(result).replaceAll("a team member");
        }
        return result;
    }

    private static Pattern word(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    }
}
