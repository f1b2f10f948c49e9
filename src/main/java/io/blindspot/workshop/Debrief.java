package io.blindspot.workshop;

import io.blindspot.base.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workshop's debrief as it may leave the server: consent and the minimum group size are already
 * applied, so the views, the API, the PDF and the CSV all show this and nothing else. A member who
 * has not consented has no name and no scores here; findings about one person appear only when
 * that person shares.
 *
 * @param ruleSetVersion the rule-set version that produced the findings; {@code null} before any evaluation
 * @param submitted how many participants have submitted
 * @param members one entry per team member, in the team's order
 * @param aggregate the team's statistics and map; {@code null} below the minimum group size
 * @param consentApplied in words, what was left out and why
 */
public record Debrief(
        WorkshopInfo workshop,
        TeamInfo team,
        Integer ruleSetVersion,
        int minimumGroupSize,
        int submitted,
        List<Member> members,
        Aggregate aggregate,
        List<DebriefFinding> findings,
        List<CommitmentView> commitments,
        String consentApplied) {

    public boolean belowMinimum() {
        return submitted < minimumGroupSize;
    }

    /**
     * What consent left out, in the reader's language, for the screens and the handout ({@link
     * #consentApplied} is the same in English, for the API).
     */
    public String consentNote(Locale reader) {
        int count = members.size();
        if (aggregate == null) {
            return Messages.text("workshop.debrief.consent.tooFew", reader, submitted, count, minimumGroupSize);
        }
        long sharing = members.stream()
                .filter(m -> Consent.SHARE.name().equals(m.consent()))
                .count();
        String note = Messages.text("workshop.debrief.consent.sharing", reader, sharing, count, count - sharing);
        return aggregate.individualScoresShown()
                ? note
                : note + " " + Messages.text("workshop.debrief.consent.oneHidden", reader);
    }

    public record WorkshopInfo(
            long id,
            String title,
            LocalDate date,
            LocalDate deadline,
            String status,
            boolean revealed,
            String facilitator,
            String instrument,
            Long followsWorkshopId) {}

    public record TeamInfo(long id, String name, int size) {}

    /**
     * One team member. {@code name}, {@code initials} and {@code scores} are {@code null} unless the
     * member shares (and the debrief may show individual scores at all).
     *
     * @param status {@code not started}, {@code n of N}, {@code submitted} or {@code flagged for quality}
     */
    public record Member(String consent, boolean leader, String status, String name, String initials, Scores scores) {}

    /** A member's result: scale scores 0–100, map axes −100…100, style. */
    public record Scores(double d, double i, double s, double c, double peopleVsTask, double pace, String style) {}

    /**
     * The team as a whole.
     *
     * @param centre the mean position on the style map
     * @param anonymousDots positions of results shown without a name, in no member's order
     * @param individualScoresShown false when exactly one result is hidden: named dots beside a mean
     *     would give that one away, so every dot is anonymous then
     */
    public record Aggregate(
            Point centre, List<ScaleSummary> scales, List<Point> anonymousDots, boolean individualScoresShown) {}

    public record Point(double peopleVsTask, double pace) {}

    /** One scale over the submitted results: mean, spread (standard deviation), how many high and low. */
    public record ScaleSummary(String scale, double mean, double spread, int high, int low) {}

    /**
     * A finding with consent applied.
     *
     * @param question the explanation's invitation, as a question for the team
     * @param members names of the consenting members it rests on
     * @param othersCount how many more members it rests on who are not named
     */
    public record DebriefFinding(
            String code,
            String severity,
            String title,
            String explanation,
            String question,
            String rule,
            Integer ruleSetVersion,
            List<String> members,
            int othersCount,
            Map<String, Object> evidence,
            List<Action> coachingActions) {}

    /** A coaching action; {@code forMember} is the addressed member's name when they share, else null. */
    public record Action(
            String audience, String forMember, String action, String firstStep, String cadence, String reference) {}

    public record CommitmentView(
            long id, String findingCode, String text, String owner, LocalDate dueOn, String status, boolean overdue) {}
}
