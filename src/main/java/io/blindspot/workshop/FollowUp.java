package io.blindspot.workshop;

import java.util.List;

/**
 * A later round compared with the one it follows up, from the two consent-filtered debriefs: only
 * members who share in both rounds have a named movement.
 *
 * @param moved sharing members' positions on the style map then and now
 * @param commitmentsKept commitments of the earlier round marked done
 */
public record FollowUp(
        long previousWorkshopId,
        String previousTitle,
        List<Movement> moved,
        Debrief.Point centreBefore,
        Debrief.Point centreNow,
        List<String> findingsAppeared,
        List<String> findingsDisappeared,
        int commitmentsKept,
        int commitmentsTotal,
        List<Debrief.CommitmentView> previousCommitments) {

    /** One member's dot then and now, and how far it moved (map units, −100…100 per axis). */
    public record Movement(String name, Debrief.Point before, Debrief.Point now, double distance) {}
}
