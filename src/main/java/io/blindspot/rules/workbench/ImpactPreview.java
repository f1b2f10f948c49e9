package io.blindspot.rules.workbench;

import io.blindspot.assessment.LatestResult;
import io.blindspot.assessment.SubmittedResults;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.BuildReport;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.live.CheckResult;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.security.Role;
import io.blindspot.team.TeamRoster;
import io.blindspot.team.TeamRosters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the draft would change: its rules go through the pipeline (parse, policy, compile; the
 * scenarios are Check's and Publish's business), and when they compile, every stored team is evaluated on its members' latest results with
 * the live rules and with the draft. Nothing is stored, nothing goes live.
 */
@Service
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class ImpactPreview {

    private final RuleBaseService ruleBase;
    private final TeamRosters teams;
    private final SubmittedResults results;
    private final AuditTrail audit;

    ImpactPreview(RuleBaseService ruleBase, TeamRosters teams, SubmittedResults results, AuditTrail audit) {
        this.ruleBase = ruleBase;
        this.teams = teams;
        this.results = results;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Impact preview(Draft draft) {
        long start = System.nanoTime();
        BuildReport report = ruleBase.pipeline().build(withoutScenarios(draft.files()));
        var check = new CheckResult(
                report.ok(),
                draft.baseVersion(),
                report.diagnostics(),
                report.passedScenarios(),
                report.failedScenarios().stream()
                        .map(s -> new CheckResult.ScenarioFailure(
                                s.name(), s.file(), s.expected(), s.actual(), s.failures()))
                        .toList());
        if (report.ruleSet().isEmpty()) {
            return new Impact(check, 0, List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        try (var draftRules = report.ruleSet().get()) {
            var inputs = teamInputs();
            var changed = ImpactComparison.over(inputs, ruleBase::evaluate, draftRules);
            audit.record(
                    draft.author(),
                    "RULES_IMPACT_PREVIEWED",
                    null,
                    "rule-draft",
                    changed.size() + " of " + inputs.size() + " teams would change");
            return new Impact(check, inputs.size(), changed, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The draft without its scenarios: the preview shows what a change does before HR has updated
     * the scenarios it breaks, and Check and Publish still run every scenario.
     */
    static RuleSetSource withoutScenarios(Map<String, String> files) {
        var rules = new java.util.TreeMap<>(files);
        rules.keySet().removeIf(name -> name.startsWith(RuleSetSource.SCENARIOS));
        return RuleSetSource.of(rules);
    }

    /** Every team with its members' latest results, read in one go. */
    private List<TeamInput> teamInputs() {
        List<TeamRoster> all = teams.all();
        Map<Long, LatestResult> latest = results.latestOf(all.stream()
                .flatMap(t -> t.members().stream())
                .map(TeamRoster.Member::userId)
                .distinct()
                .toList());
        return all.stream().map(team -> toInput(team, latest)).toList();
    }

    private static TeamInput toInput(TeamRoster team, Map<Long, LatestResult> latest) {
        List<MemberInput> members = team.members().stream()
                .filter(m -> latest.containsKey(m.userId()))
                .map(m -> {
                    var r = latest.get(m.userId());
                    return new MemberInput(
                            m.username(), m.displayName(), m.role(), r.d(), r.i(), r.s(), r.c(), r.qualityFlags());
                })
                .toList();
        return new TeamInput(
                String.valueOf(team.id()), team.name(), team.members().size(), members);
    }
}
