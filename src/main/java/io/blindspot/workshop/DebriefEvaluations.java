package io.blindspot.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.assessment.WorkshopAssessments;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.live.InlineEvaluationService;
import io.blindspot.rules.live.InlineEvaluationService.Views;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import io.blindspot.team.TeamMembership;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The findings a debrief shows: the rule engine's evaluation of the workshop's own results (every
 * result, whatever the consent), kept with the workshop and the rule-set version that produced it,
 * so the debrief reads the same after the rules change until the facilitator re-evaluates.
 */
@Component
class DebriefEvaluations {

    private final InlineEvaluationService rules;
    private final WorkshopAssessments assessments;
    private final ObjectMapper json;
    private final Clock clock;

    DebriefEvaluations(InlineEvaluationService rules, WorkshopAssessments assessments, ObjectMapper json, Clock clock) {
        this.rules = rules;
        this.assessments = assessments;
        this.json = json;
        this.clock = clock;
    }

    /** The kept evaluation, or {@code null} when there is none yet. */
    Views kept(Workshop workshop) {
        if (workshop.getEvaluationJson() == null) {
            return null;
        }
        try {
            return json.readValue(workshop.getEvaluationJson(), Views.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "The kept evaluation of workshop " + workshop.getId() + " is not readable", e);
        }
    }

    /** Evaluates and keeps the result when nothing is kept yet (caller's transaction). */
    Views ensureEvaluated(Workshop workshop) {
        var kept = kept(workshop);
        return kept != null ? kept : evaluateAndKeep(workshop);
    }

    int liveVersion() {
        return rules.liveVersion();
    }

    /** Evaluates with the live rules, keeps it, and says which findings appeared or disappeared. */
    ReEvaluation reEvaluate(Workshop workshop) {
        var before = kept(workshop);
        var after = evaluateAndKeep(workshop);
        Set<String> was = keys(before == null ? List.of() : before.findings());
        Set<String> now = keys(after.findings());
        return new ReEvaluation(
                before == null ? null : before.ruleSetVersion(),
                after.ruleSetVersion(),
                now.stream().filter(k -> !was.contains(k)).toList(),
                was.stream().filter(k -> !now.contains(k)).toList());
    }

    private Views evaluateAndKeep(Workshop workshop) {
        var views = rules.evaluateAsViews(teamInput(workshop));
        try {
            workshop.keepEvaluation(json.writeValueAsString(views), views.ruleSetVersion(), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The evaluation cannot be kept as JSON", e);
        }
        return views;
    }

    /** Every member with a submitted result for this workshop; the team's size counts everyone. */
    TeamInput teamInput(Workshop workshop) {
        var progress = assessments.progress(workshop.getId());
        List<TeamMembership> memberships = workshop.getTeam().getMemberships();
        List<MemberInput> members = memberships.stream()
                .filter(m -> progress.containsKey(m.getUser().getId())
                        && progress.get(m.getUser().getId()).submitted())
                .map(m -> {
                    var s = progress.get(m.getUser().getId()).scores();
                    return new MemberInput(
                            m.getUser().getUsername(),
                            m.getUser().getDisplayName(),
                            m.getTeamRole(),
                            s.d(),
                            s.i(),
                            s.s(),
                            s.c(),
                            s.qualityFlags());
                })
                .toList();
        return new TeamInput(
                String.valueOf(workshop.getTeam().getId()),
                workshop.getTeam().getName(),
                Math.max(1, memberships.size()),
                members);
    }

    /** A finding's identity across evaluations: its code and, where one code covers several, its scale. */
    static String key(FindingView finding) {
        Object scale = finding.evidence().get("scale");
        return scale == null ? finding.code() : finding.code() + " (" + scale + ")";
    }

    private static Set<String> keys(List<FindingView> findings) {
        return findings.stream()
                .map(DebriefEvaluations::key)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
