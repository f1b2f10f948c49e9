package io.blindspot.rules.facts;

import java.util.Objects;

/**
 * A concrete thing to do about a finding. A coaching rule matches a {@link Finding} and inserts
 * one or more of these:
 *
 * <pre>
 * insert( CoachingAction.forLeader( $finding, $leaderId )
 *     .withAction( "…what to do…" )
 *     .withFirstStep( "…the first concrete step, doable this week…" )
 *     .withCadence( "weekly, 30 minutes" )
 *     .withSeedIdea( "Inspection is not coaching" ) );
 * </pre>
 *
 * @param findingCode the code of the finding this answers
 * @param memberId the member addressed, for {@link Audience#LEADER} and {@link Audience#MEMBER};
 *     {@code null} for {@link Audience#TEAM}
 * @param seedIdea optional short reference to the idea in the seed articles this rests on
 * @param finding the one finding this answers (two findings with the same code each get their own
 *     actions); {@code null} only for an action rebuilt from storage without its finding
 */
public record CoachingAction(
        @Meaning("The code of the finding this action answers.") String findingCode,
        @Meaning("TEAM, LEADER or MEMBER: who the action is for.") Audience audience,
        @Meaning("The leader or member it is for; null for the whole team.") String memberId,
        @Meaning("What to do, in one sentence.") String action,
        @Meaning("The first concrete step, doable this week.") String firstStep,
        @Meaning("How often, e.g. \"Weekly\".") String cadence,
        @Meaning("Optional: the idea from the sales-coaching articles the action rests on.") String seedIdea,
        @Meaning("The one finding this action answers.") Finding finding) {

    public CoachingAction {
        Objects.requireNonNull(findingCode, "findingCode");
        Objects.requireNonNull(audience, "audience");
        action = Objects.requireNonNullElse(action, "");
        firstStep = Objects.requireNonNullElse(firstStep, "");
        cadence = Objects.requireNonNullElse(cadence, "");
    }

    /** An action for the whole team. */
    @Meaning("Starts an action for the whole team, answering this finding.")
    public static CoachingAction forTeam(Finding finding) {
        return new CoachingAction(finding.code(), Audience.TEAM, null, "", "", "", null, finding);
    }

    /** An action for the leader; for the whole team when the team has no leader ({@code null}). */
    @Meaning("Starts an action for the leader (member id), answering this finding.")
    public static CoachingAction forLeader(Finding finding, String leaderId) {
        if (leaderId == null) {
            return forTeam(finding);
        }
        return new CoachingAction(finding.code(), Audience.LEADER, leaderId, "", "", "", null, finding);
    }

    /** An action for one member. */
    @Meaning("Starts an action for one member (member id), answering this finding.")
    public static CoachingAction forMember(Finding finding, String memberId) {
        return new CoachingAction(finding.code(), Audience.MEMBER, memberId, "", "", "", null, finding);
    }

    @Meaning("The same action with this text of what to do.")
    public CoachingAction withAction(String text) {
        return new CoachingAction(findingCode, audience, memberId, text, firstStep, cadence, seedIdea, finding);
    }

    @Meaning("The same action with this first step.")
    public CoachingAction withFirstStep(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, text, cadence, seedIdea, finding);
    }

    @Meaning("The same action with this cadence.")
    public CoachingAction withCadence(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, text, seedIdea, finding);
    }

    @Meaning("The same action with this seed idea.")
    public CoachingAction withSeedIdea(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, cadence, text, finding);
    }

    /** This action answering the given finding: the engine passes the finding as it was finally reported. */
    @Meaning("Used by the engine to link an action to its finding; rules do not call it.")
    public CoachingAction answering(Finding answered) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, cadence, seedIdea, answered);
    }
}
