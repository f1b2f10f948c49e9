package io.blindspot.workshop;

import io.blindspot.rules.live.InlineEvaluationService.Views;
import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import io.blindspot.workshop.Debrief.Action;
import io.blindspot.workshop.Debrief.Aggregate;
import io.blindspot.workshop.Debrief.DebriefFinding;
import io.blindspot.workshop.Debrief.Point;
import io.blindspot.workshop.Debrief.ScaleSummary;
import io.blindspot.workshop.Debrief.Scores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Applies consent and the minimum group size to everything a debrief shows. This is the one filter
 * on what leaves the server: the rule engine saw every result, readers see only this. Pure code, so
 * every rule of visibility is tested without a server.
 *
 * <ul>
 *   <li>Below the minimum group size: counts only — no aggregate, no finding, no scores.
 *   <li>A member who has not consented ({@link Consent#AGGREGATE_ONLY}) has no name, initials or
 *       scores, is never named in a finding's members, evidence or actions, and any text that
 *       mentions them has the mention replaced.
 *   <li>A finding about one person (it rests on exactly one member) appears only when that person shares.
 *   <li>When exactly one submitted result is hidden, no individual scores are shown at all: the
 *       others' named scores beside the mean would give that one away by subtraction.
 *   <li>Evidence that is one person's figure (lowest, highest, nearest …) is left out whenever any
 *       result is hidden, since it might be theirs.
 * </ul>
 */
final class DebriefAssembler {

    static final double HIGH = 60;
    static final double LOW = 40;
    private static final List<String> SEVERITY_ORDER = List.of("HIGH", "MEDIUM", "LOW", "INFO");
    /** Evidence names that carry one person's figure or identity rather than the team's. */
    private static final List<String> PERSONAL_EVIDENCE =
            List.of("lowest", "highest", "nearest", "member", "leader", "among them");

    private DebriefAssembler() {}

    /** One team member as the server knows them, before any filtering. */
    record RawMember(
            String username, String displayName, boolean leader, Consent consent, String status, Scores scores) {

        boolean submitted() {
            return scores != null;
        }

        boolean shares() {
            return consent == Consent.SHARE;
        }
    }

    static Debrief assemble(
            Debrief.WorkshopInfo workshop,
            Debrief.TeamInfo team,
            int minimumGroupSize,
            List<RawMember> members,
            Views evaluation,
            List<Debrief.CommitmentView> commitments) {
        int submitted = (int) members.stream().filter(RawMember::submitted).count();
        boolean enough = submitted >= minimumGroupSize;
        long hiddenResults =
                members.stream().filter(m -> m.submitted() && !m.shares()).count();
        boolean individualScores = enough && hiddenResults != 1;

        var entries = members.stream()
                .map(m -> new Debrief.Member(
                        m.consent().name(),
                        m.leader(),
                        m.status(),
                        m.shares() ? m.displayName() : null,
                        m.shares() ? initials(m.displayName()) : null,
                        m.shares() && individualScores ? m.scores() : null))
                .toList();
        Aggregate aggregate = enough ? aggregate(members, individualScores) : null;
        List<DebriefFinding> findings =
                enough && evaluation != null ? findings(members, evaluation, hiddenResults > 0) : List.of();
        return new Debrief(
                workshop,
                team,
                evaluation == null ? null : evaluation.ruleSetVersion(),
                minimumGroupSize,
                submitted,
                entries,
                aggregate,
                findings,
                commitments,
                consentNote(members, enough, submitted, minimumGroupSize, hiddenResults, individualScores));
    }

    private static Aggregate aggregate(List<RawMember> members, boolean individualScores) {
        var results = members.stream().filter(RawMember::submitted).toList();
        var scales = List.of(
                summary("D", results, s -> s.d()),
                summary("I", results, s -> s.i()),
                summary("S", results, s -> s.s()),
                summary("C", results, s -> s.c()));
        var centre = new Point(round(mean(results, s -> s.peopleVsTask())), round(mean(results, s -> s.pace())));
        // Sorted by position, so the order of anonymous dots says nothing about whose they are.
        var anonymous = results.stream()
                .filter(m -> !(m.shares() && individualScores))
                .map(m -> new Point(
                        round(m.scores().peopleVsTask()), round(m.scores().pace())))
                .sorted(Comparator.comparingDouble(Point::peopleVsTask).thenComparingDouble(Point::pace))
                .toList();
        return new Aggregate(centre, scales, anonymous, individualScores);
    }

    private static ScaleSummary summary(String scale, List<RawMember> results, ToDoubleFunction<Scores> value) {
        double mean = mean(results, value);
        double variance = results.stream()
                        .mapToDouble(m -> Math.pow(value.applyAsDouble(m.scores()) - mean, 2))
                        .sum()
                / Math.max(1, results.size());
        int high = (int) results.stream()
                .filter(m -> value.applyAsDouble(m.scores()) >= HIGH)
                .count();
        int low = (int) results.stream()
                .filter(m -> value.applyAsDouble(m.scores()) <= LOW)
                .count();
        return new ScaleSummary(scale, round(mean), round(Math.sqrt(variance)), high, low);
    }

    private static double mean(List<RawMember> results, ToDoubleFunction<Scores> value) {
        return results.stream()
                .mapToDouble(m -> value.applyAsDouble(m.scores()))
                .average()
                .orElse(0);
    }

    private static List<DebriefFinding> findings(List<RawMember> members, Views evaluation, boolean anyHidden) {
        Map<String, RawMember> byUsername = new LinkedHashMap<>();
        members.forEach(m -> byUsername.put(m.username(), m));
        var hidden = members.stream().filter(m -> !m.shares()).toList();
        var result = new ArrayList<DebriefFinding>();
        for (FindingView f : evaluation.findings()) {
            if (f.memberIds().size() == 1 && !sharing(byUsername, f.memberIds().get(0))) {
                continue; // about one person who has not consented
            }
            var named = f.memberIds().stream()
                    .filter(id -> sharing(byUsername, id))
                    .map(id -> byUsername.get(id).displayName())
                    .toList();
            result.add(new DebriefFinding(
                    f.code(),
                    f.severity(),
                    scrub(f.title(), hidden),
                    scrub(f.explanation(), hidden),
                    question(scrub(f.explanation(), hidden), f.title()),
                    f.rule(),
                    evaluation.ruleSetVersion(),
                    named,
                    f.memberIds().size() - named.size(),
                    evidence(f.evidence(), hidden, anyHidden),
                    FindingActions.of(f, evaluation.actions()).stream()
                            .map(a -> action(a, byUsername, hidden))
                            .toList()));
        }
        result.sort(Comparator.comparingInt(f -> severityRank(f.severity())));
        return result;
    }

    private static Action action(ActionView a, Map<String, RawMember> byUsername, List<RawMember> hidden) {
        String forMember = a.memberId() != null && sharing(byUsername, a.memberId())
                ? byUsername.get(a.memberId()).displayName()
                : null;
        return new Action(
                a.audience(),
                forMember,
                scrub(a.action(), hidden),
                scrub(a.firstStep(), hidden),
                a.cadence(),
                a.reference());
    }

    private static Map<String, Object> evidence(
            Map<String, Object> evidence, List<RawMember> hidden, boolean anyHidden) {
        Set<String> hiddenWords = hidden.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.username(), m.displayName()))
                .collect(Collectors.toSet());
        var kept = new LinkedHashMap<String, Object>();
        evidence.forEach((name, value) -> {
            if (anyHidden && PERSONAL_EVIDENCE.stream().anyMatch(name.toLowerCase()::contains)) {
                return;
            }
            if (value instanceof String text && hiddenWords.stream().anyMatch(text::contains)) {
                return;
            }
            kept.put(name, value);
        });
        return kept;
    }

    /** Replaces any mention of a member who has not consented. */
    static String scrub(String text, List<RawMember> hidden) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (RawMember m : hidden) {
            result = replaceWord(result, m.displayName());
            result = replaceWord(result, m.username());
        }
        return result;
    }

    private static String replaceWord(String text, String word) {
        if (word == null || word.isBlank()) {
            return text;
        }
        return text.replaceAll(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}\\p{N}])", "a team member");
    }

    /** The explanation's own question if it asks one, else the title turned into one. */
    static String question(String explanation, String title) {
        if (explanation != null) {
            int mark = explanation.lastIndexOf('?');
            if (mark > 0) {
                int start = Math.max(
                        explanation.lastIndexOf(". ", mark), Math.max(explanation.lastIndexOf("? ", mark - 1), -1));
                return explanation
                        .substring(start < 0 ? 0 : start + 2, mark + 1)
                        .trim();
            }
        }
        return "Where have we seen this in our own work: " + title + "?";
    }

    private static boolean sharing(Map<String, RawMember> byUsername, String username) {
        var member = byUsername.get(username);
        return member != null && member.shares();
    }

    private static int severityRank(String severity) {
        int index = SEVERITY_ORDER.indexOf(severity);
        return index < 0 ? SEVERITY_ORDER.size() : index;
    }

    static String initials(String name) {
        return java.util.Arrays.stream(name.trim().split("\\s+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1).toUpperCase())
                .limit(2)
                .collect(Collectors.joining());
    }

    private static String consentNote(
            List<RawMember> members,
            boolean enough,
            int submitted,
            int minimum,
            long hiddenResults,
            boolean individualScores) {
        if (!enough) {
            return submitted + " of " + members.size() + " have submitted; the team's results are shown from " + minimum
                    + " on, so only counts appear.";
        }
        long sharing = members.stream().filter(RawMember::shares).count();
        String note = sharing + " of " + members.size() + " members share their dot and scores; "
                + (members.size() - sharing) + " count toward the aggregate only and are not named.";
        if (!individualScores) {
            note += " Because exactly one result is hidden, no individual scores are shown, so nobody's can be"
                    + " worked out from the mean.";
        }
        return note;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
