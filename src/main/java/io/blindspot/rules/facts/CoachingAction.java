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
        String findingCode,
        Audience audience,
        String memberId,
        String action,
        String firstStep,
        String cadence,
        String seedIdea,
        Finding finding) {

    public CoachingAction {
        Objects.requireNonNull(findingCode, "findingCode");
        Objects.requireNonNull(audience, "audience");
        action = Objects.requireNonNullElse(action, "");
        firstStep = Objects.requireNonNullElse(firstStep, "");
        cadence = Objects.requireNonNullElse(cadence, "");
    }

    /** An action for the whole team. */
    public static CoachingAction forTeam(Finding finding) {
        return new CoachingAction(finding.code(), Audience.TEAM, null, "", "", "", null, finding);
    }

    /** An action for the leader; for the whole team when the team has no leader ({@code null}). */
    public static CoachingAction forLeader(Finding finding, String leaderId) {
        if (leaderId == null) {
            return forTeam(finding);
        }
        return new CoachingAction(finding.code(), Audience.LEADER, leaderId, "", "", "", null, finding);
    }

    /** An action for one member. */
    public static CoachingAction forMember(Finding finding, String memberId) {
        return new CoachingAction(finding.code(), Audience.MEMBER, memberId, "", "", "", null, finding);
    }

    public CoachingAction withAction(String text) {
        return new CoachingAction(findingCode, audience, memberId, text, firstStep, cadence, seedIdea, finding);
    }

    public CoachingAction withFirstStep(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, text, cadence, seedIdea, finding);
    }

    public CoachingAction withCadence(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, text, seedIdea, finding);
    }

    public CoachingAction withSeedIdea(String text) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, cadence, text, finding);
    }

    /** This action answering the given finding: the engine passes the finding as it was finally reported. */
    public CoachingAction answering(Finding answered) {
        return new CoachingAction(findingCode, audience, memberId, action, firstStep, cadence, seedIdea, answered);
    }
}
