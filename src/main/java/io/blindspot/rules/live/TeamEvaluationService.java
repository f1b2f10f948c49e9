package io.blindspot.rules.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.assessment.LatestResult;
import io.blindspot.assessment.SubmittedResults;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.Sha256;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.ResultSharing;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.store.StoredEvaluation;
import io.blindspot.rules.store.StoredEvaluationRepository;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Facilitation;
import io.blindspot.security.Role;
import io.blindspot.team.TeamRoster;
import io.blindspot.team.TeamRosters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates stored teams with the live rule base and stores what was concluded. Only the team's
 * facilitators and administrators may evaluate or read a team's findings.
 */
@Service
@NamedInterface("evaluation")
public class TeamEvaluationService {

    static final String TEAM_REFUSED = "TEAM_EVALUATION_REFUSED";

    private final TeamRosters teams;
    private final SubmittedResults results;
    private final StoredEvaluationRepository evaluations;
    private final RuleBaseService ruleBase;
    private final CurrentUser currentUser;
    private final Facilitation facilitation;
    private final EvaluationViews views;
    private final Clock clock;
    private final AuditTrail audit;
    private final ResultSharing sharing;

    TeamEvaluationService(
            TeamRosters teams,
            SubmittedResults results,
            StoredEvaluationRepository evaluations,
            RuleBaseService ruleBase,
            CurrentUser currentUser,
            Facilitation facilitation,
            ObjectMapper json,
            Clock clock,
            AuditTrail audit,
            ResultSharing sharing) {
        this.teams = teams;
        this.results = results;
        this.evaluations = evaluations;
        this.ruleBase = ruleBase;
        this.currentUser = currentUser;
        this.facilitation = facilitation;
        this.views = new EvaluationViews(json);
        this.clock = clock;
        this.audit = audit;
        this.sharing = sharing;
    }

    /**
     * The team's current evaluation. Evaluates first when there is none yet, or when members or
     * results changed since the newest stored one, so a stale evaluation is never shown as current;
     * only when the rule engine is unavailable is the stale one returned, marked {@code stale}.
     */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public StoredTeamEvaluation latestEvaluation(long teamId) {
        var team = visibleTeam(teamId);
        audit.record(currentUser.username(), "TEAM_EVALUATION_VIEWED", null, "team:" + teamId, team.name());
        var input = teamInput(team);
        var stored = evaluations.findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(teamId);
        if (stored.isPresent() && isCurrent(stored.get(), input)) {
            return consented(views.of(team, stored.get(), false));
        }
        try {
            return consented(views.of(team, evaluateAndStore(team, input, currentUser.username()), false));
        } catch (RuleEngineUnavailable e) {
            if (stored.isEmpty()) {
                throw e;
            }
            return consented(views.of(team, stored.get(), true));
        }
    }

    /** Evaluates the team now with the live rules and stores the result. */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public StoredTeamEvaluation evaluateNow(long teamId) {
        var team = visibleTeam(teamId);
        return consented(views.of(team, evaluateAndStore(team, teamInput(team), currentUser.username()), false));
    }

    /** Only members who chose to share are named; the stored evaluation keeps everything the engine saw. */
    private StoredTeamEvaluation consented(StoredTeamEvaluation evaluation) {
        return SharingFilter.apply(evaluation, sharing.membersSharing(evaluation.teamId()));
    }

    /** For start-up tasks without a logged-in user: evaluate teams that have never been evaluated. */
    @Transactional
    int evaluateTeamsNeverEvaluated(String actor) {
        int count = 0;
        for (TeamRoster team : teams.all()) {
            if (evaluations
                    .findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(team.id())
                    .isEmpty()) {
                evaluateAndStore(team, teamInput(team), actor);
                count++;
            }
        }
        return count;
    }

    /**
     * Re-evaluates every team the person belongs to whose stored evaluation no longer matches its
     * members' results. Called after a commit, off the request thread, with nobody logged in.
     *
     * @return how many teams were evaluated again
     */
    @Transactional
    int reevaluateTeamsOf(long userId, String actor) {
        int count = 0;
        for (TeamRoster team : teams.all()) {
            if (team.members().stream().noneMatch(m -> m.userId() == userId)) {
                continue;
            }
            var input = teamInput(team);
            var stored = evaluations.findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(team.id());
            if (stored.isEmpty() || !isCurrent(stored.get(), input)) {
                evaluateAndStore(team, input, actor);
                count++;
            }
        }
        return count;
    }

    /** Evaluates these teams again as they are now, e.g. after a member was erased; unknown ids are skipped. */
    @Transactional
    int reevaluateTeams(java.util.Collection<Long> teamIds, String actor) {
        var rosters = teams.rosters(teamIds);
        rosters.forEach(team -> evaluateAndStore(team, teamInput(team), actor));
        return rosters.size();
    }

    private TeamRoster visibleTeam(long teamId) {
        // One answer whether the team does not exist or is not the caller's, so ids cannot be probed;
        // the audit trail keeps which it was.
        var team = teams.roster(teamId).orElse(null);
        if (team == null) {
            audit.recordRefusal(currentUser.username(), TEAM_REFUSED, null, "team/" + teamId, "does not exist");
            throw new TeamNotFound(teamId);
        }
        boolean admin = currentUser.hasRole(Role.ADMIN);
        boolean facilitator = currentUser.hasRole(Role.FACILITATOR)
                && facilitation.teamsFacilitatedBy(currentUser.username()).contains(teamId);
        if (!admin && !facilitator) {
            audit.recordRefusal(
                    currentUser.username(), TEAM_REFUSED, null, "team/" + teamId, "not facilitated by the caller");
            throw new TeamNotFound(teamId);
        }
        return team;
    }

    private static boolean isCurrent(StoredEvaluation stored, TeamInput input) {
        return fingerprint(input).equals(stored.getInputFingerprint());
    }

    /** Everything an evaluation reads: who is in the team, in which role, with which scores and flags. */
    private static String fingerprint(TeamInput input) {
        var text = new StringBuilder().append(input.size()).append('|');
        input.members().forEach(m -> text.append(m.id())
                .append(',')
                .append(m.role())
                .append(',')
                .append(m.d())
                .append(',')
                .append(m.i())
                .append(',')
                .append(m.s())
                .append(',')
                .append(m.c())
                .append(',')
                .append(new TreeSet<>(m.qualityFlags()))
                .append('|'));
        return Sha256.hex(text.toString());
    }

    private StoredEvaluation evaluateAndStore(TeamRoster team, TeamInput input, String actor) {
        Evaluation outcome = ruleBase.evaluate(input);
        var stored = new StoredEvaluation(
                team.id(),
                // the version that produced this outcome, not whatever is live by now
                ruleBase.storedVersionOf(outcome).orElse(null),
                clock.instant(),
                actor,
                outcome.succeeded() ? "OK" : "ERROR",
                outcome.error());
        stored.computedFrom(fingerprint(input), input.members().size(), input.size());
        outcome.findings()
                .forEach(f -> stored.addFinding(
                        f.code(),
                        f.severity().name(),
                        f.title(),
                        f.explanation(),
                        f.rule(),
                        String.join(",", f.memberIds()),
                        views.toJson(f.evidence())));
        outcome.actions().forEach(a -> {
            int index = outcome.findingIndexOf(a);
            stored.addAction(
                    a.findingCode(),
                    a.audience().name(),
                    a.memberId(),
                    a.action(),
                    a.firstStep(),
                    a.cadence(),
                    a.seedIdea(),
                    index < 0 ? null : index);
        });
        return evaluations.save(stored);
    }

    /** Every member with a submitted result, by username; the newest result counts. */
    private TeamInput teamInput(TeamRoster team) {
        Map<Long, LatestResult> latest = results.latestOf(
                team.members().stream().map(TeamRoster.Member::userId).toList());
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
