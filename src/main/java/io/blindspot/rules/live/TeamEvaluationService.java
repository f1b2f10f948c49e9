package io.blindspot.rules.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.assessment.AssessmentResult;
import io.blindspot.assessment.AssessmentResultRepository;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.facts.Role;
import io.blindspot.rules.store.StoredEvaluation;
import io.blindspot.rules.store.StoredEvaluationRepository;
import io.blindspot.security.CurrentUser;
import io.blindspot.team.Team;
import io.blindspot.team.TeamRepository;
import io.blindspot.team.TeamRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates stored teams with the live rule base and stores what was concluded. Only the team's
 * facilitators and administrators may evaluate or read a team's findings.
 */
@Service
public class TeamEvaluationService {

    private final TeamRepository teams;
    private final AssessmentResultRepository results;
    private final StoredEvaluationRepository evaluations;
    private final RuleBaseService ruleBase;
    private final CurrentUser currentUser;
    private final EvaluationViews views;
    private final Clock clock;
    private final AuditTrail audit;

    TeamEvaluationService(
            TeamRepository teams,
            AssessmentResultRepository results,
            StoredEvaluationRepository evaluations,
            RuleBaseService ruleBase,
            CurrentUser currentUser,
            ObjectMapper json,
            Clock clock,
            AuditTrail audit) {
        this.teams = teams;
        this.results = results;
        this.evaluations = evaluations;
        this.ruleBase = ruleBase;
        this.currentUser = currentUser;
        this.views = new EvaluationViews(json);
        this.clock = clock;
        this.audit = audit;
    }

    /** The newest stored evaluation of a team; evaluates it first when it has none yet. */
    @Transactional
    @RolesAllowed({io.blindspot.security.Role.FACILITATOR_NAME, io.blindspot.security.Role.ADMIN_NAME})
    public StoredTeamEvaluation latestEvaluation(long teamId) {
        var team = visibleTeam(teamId);
        audit.record(currentUser.username(), "TEAM_EVALUATION_VIEWED", null, "team:" + teamId, team.getName());
        var stored = evaluations.findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(teamId);
        return views.of(team, stored.orElseGet(() -> evaluateAndStore(team, currentUser.username())));
    }

    /** Evaluates the team now with the live rules and stores the result. */
    @Transactional
    @RolesAllowed({io.blindspot.security.Role.FACILITATOR_NAME, io.blindspot.security.Role.ADMIN_NAME})
    public StoredTeamEvaluation evaluateNow(long teamId) {
        var team = visibleTeam(teamId);
        return views.of(team, evaluateAndStore(team, currentUser.username()));
    }

    /** For start-up tasks without a logged-in user: evaluate teams that have never been evaluated. */
    @Transactional
    int evaluateTeamsNeverEvaluated(String actor) {
        int count = 0;
        for (Team team : teams.findAllWithMembers()) {
            if (evaluations
                    .findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(team.getId())
                    .isEmpty()) {
                evaluateAndStore(team, actor);
                count++;
            }
        }
        return count;
    }

    private Team visibleTeam(long teamId) {
        var team = teams.findWithMembersById(teamId).orElseThrow(() -> new TeamNotFound("No team with id " + teamId));
        boolean admin = currentUser.hasRole(io.blindspot.security.Role.ADMIN);
        boolean facilitator = currentUser.hasRole(io.blindspot.security.Role.FACILITATOR)
                && teams.isFacilitatedBy(teamId, currentUser.username());
        if (!admin && !facilitator) {
            throw new AccessDeniedException("You do not facilitate team " + teamId + ".");
        }
        return team;
    }

    private StoredEvaluation evaluateAndStore(Team team, String actor) {
        Evaluation outcome = ruleBase.evaluate(teamInput(team));
        var stored = new StoredEvaluation(
                team.getId(),
                ruleBase.liveStoredVersion().orElse(null),
                clock.instant(),
                actor,
                outcome.succeeded() ? "OK" : "ERROR",
                outcome.error());
        outcome.findings()
                .forEach(f -> stored.addFinding(
                        f.code(),
                        f.severity().name(),
                        f.title(),
                        f.explanation(),
                        f.rule(),
                        String.join(",", f.memberIds()),
                        views.toJson(f.evidence())));
        outcome.actions()
                .forEach(a -> stored.addAction(
                        a.findingCode(),
                        a.audience().name(),
                        a.memberId(),
                        a.action(),
                        a.firstStep(),
                        a.cadence(),
                        a.seedIdea()));
        return evaluations.save(stored);
    }

    /** Every member with a submitted result, by username; the newest result counts. */
    private TeamInput teamInput(Team team) {
        Map<String, AssessmentResult> latest = new LinkedHashMap<>();
        for (AssessmentResult result : results.findForTeam(team.getId())) {
            latest.putIfAbsent(result.getAssessment().getUser().getUsername(), result);
        }
        List<MemberInput> members = team.getMemberships().stream()
                .filter(m -> latest.containsKey(m.getUser().getUsername()))
                .map(m -> {
                    var r = latest.get(m.getUser().getUsername());
                    return new MemberInput(
                            m.getUser().getUsername(),
                            m.getUser().getDisplayName(),
                            m.getTeamRole() == TeamRole.LEADER ? Role.LEADER : Role.MEMBER,
                            r.getScoreD(),
                            r.getScoreI(),
                            r.getScoreS(),
                            r.getScoreC(),
                            r.getQualityFlags());
                })
                .toList();
        return new TeamInput(
                String.valueOf(team.getId()),
                team.getName(),
                team.getMemberships().size(),
                members);
    }
}
