package io.blindspot.workshop;

import io.blindspot.assessment.WorkshopAssessments;
import io.blindspot.assessment.WorkshopAssessments.Progress;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.Messages;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import io.blindspot.team.TeamRole;
import io.blindspot.workshop.DebriefAssembler.RawMember;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The debrief of a workshop for whoever may read it, with consent and the minimum group size applied
 * by {@link DebriefAssembler}. Every opening is audited: who, whose results, when, which view.
 */
@Service
@Transactional
public class DebriefService {

    private final WorkshopAccess access;
    private final ParticipantRepository participants;
    private final CommitmentRepository commitments;
    private final WorkshopAssessments assessments;
    private final DebriefEvaluations evaluations;
    private final AuditTrail audit;
    private final AccountLanguage languages;
    private final CurrentUser currentUser;
    private final Clock clock;

    DebriefService(
            WorkshopAccess access,
            ParticipantRepository participants,
            CommitmentRepository commitments,
            WorkshopAssessments assessments,
            DebriefEvaluations evaluations,
            AuditTrail audit,
            AccountLanguage languages,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.participants = participants;
        this.commitments = commitments;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.audit = audit;
        this.languages = languages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How the debrief screen names itself in the audit trail. */
    public static final String DEBRIEF_SCREEN = "debrief view";

    /**
     * The debrief for its facilitator or an administrator, or for a participant after the reveal.
     *
     * @param view which screen or export asks (e.g. {@code debrief}, {@code api}, {@code pdf}), for the audit trail
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public Debrief debrief(long id, String view) {
        var reader = access.toRead(id);
        var workshop = reader.workshop();
        var progress = assessments.progress(id);
        var evaluation = reader.participant()
                ? evaluations.kept(workshop)
                : enoughSubmitted(workshop, progress)
                        ? evaluations.ensureEvaluated(workshop)
                        : evaluations.kept(workshop);
        var raw = rawMembers(workshop, progress);
        var debrief = DebriefAssembler.assemble(
                info(workshop),
                new Debrief.TeamInfo(
                        workshop.getTeam().getId(),
                        workshop.getTeam().getName(),
                        workshop.getTeam().getMemberships().size()),
                workshop.getMinimumGroupSize(),
                raw,
                evaluation,
                commitmentViews(id));
        auditOpening(workshop, raw, debrief, view);
        return debrief;
    }

    /**
     * The debrief as a PDF handout, consent applied, in the language the caller chose for the portal
     * (English without a choice): for the HTTP API, which knows no browser language.
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public byte[] handout(long id) {
        return handout(id, languages.of(currentUser.username()).orElse(Messages.ENGLISH));
    }

    /** The debrief as a PDF handout, consent applied, in the reader's language. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public byte[] handout(long id, Locale reader) {
        return DebriefHandout.pdf(debrief(id, "pdf"), reader);
    }

    /**
     * Consented scores and the findings as CSV, formula-like cells neutralised, with English column
     * names: the HTTP API's file, which scripts read by its column names.
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public String csv(long id) {
        return csv(id, Messages.ENGLISH);
    }

    /** Consented scores and the findings as CSV, with the column names in the reader's language. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public String csv(long id, Locale reader) {
        return DebriefCsv.csv(debrief(id, "csv"), reader);
    }

    /**
     * Compares a follow-up round with the round it follows: dots that moved (members who share in
     * both), findings that appeared or disappeared, commitments kept. {@code null} for a first round,
     * and for a participant who may not read the earlier round (not revealed, or not in it): the later
     * round's debrief must not open a way into the earlier one.
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public FollowUp followUp(long id) {
        var workshop = access.toRead(id).workshop();
        Long previousId = workshop.getFollowsWorkshopId();
        if (previousId == null || !access.mayRead(previousId)) {
            return null;
        }
        var now = debrief(id, "follow-up");
        var before = debrief(previousId, "follow-up");
        var moved = new java.util.ArrayList<FollowUp.Movement>();
        for (var m : now.members()) {
            if (m.scores() == null) {
                continue;
            }
            before.members().stream()
                    .filter(b -> m.name().equals(b.name()) && b.scores() != null)
                    .findFirst()
                    .ifPresent(b -> {
                        var from = new Debrief.Point(
                                b.scores().peopleVsTask(), b.scores().pace());
                        var to = new Debrief.Point(
                                m.scores().peopleVsTask(), m.scores().pace());
                        moved.add(new FollowUp.Movement(
                                m.name(),
                                from,
                                to,
                                round(Math.hypot(to.peopleVsTask() - from.peopleVsTask(), to.pace() - from.pace()))));
                    });
        }
        var keysNow = findingKeys(now);
        var keysBefore = findingKeys(before);
        int kept = (int) before.commitments().stream()
                .filter(c -> c.status().equals(CommitmentStatus.DONE.name()))
                .count();
        return new FollowUp(
                previousId,
                before.workshop().title(),
                moved,
                before.aggregate() == null ? null : before.aggregate().centre(),
                now.aggregate() == null ? null : now.aggregate().centre(),
                keysNow.stream().filter(k -> !keysBefore.contains(k)).toList(),
                keysBefore.stream().filter(k -> !keysNow.contains(k)).toList(),
                kept,
                before.commitments().size(),
                before.commitments());
    }

    private static List<String> findingKeys(Debrief debrief) {
        return debrief.findings().stream()
                .map(f -> f.evidence().get("scale") == null
                        ? f.title()
                        : f.title() + " (" + f.evidence().get("scale") + ")")
                .distinct()
                .toList();
    }

    /** Whether the caller runs this workshop (its facilitator or an administrator), so may change it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public boolean callerRuns(long id) {
        return access.runs(access.toRead(id).workshop());
    }

    /** Whether a newer rule-set version is live than the one the debrief's findings came from. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public boolean newerRulesLive(long id) {
        var workshop = access.toRun(id);
        Integer kept = workshop.getEvaluationRuleSetVersion();
        return kept != null && evaluations.liveVersion() > kept;
    }

    /** Evaluates the workshop's results with the live rules and keeps that; says what appeared or disappeared. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public ReEvaluation reEvaluate(long id) {
        var workshop = access.toRun(id);
        var changes = evaluations.reEvaluate(workshop);
        audit.record(
                access.username(),
                "DEBRIEF_REEVALUATED",
                null,
                "workshop:" + id,
                "rule set " + changes.fromVersion() + " → " + changes.toVersion());
        return changes;
    }

    private static boolean enoughSubmitted(Workshop workshop, Map<Long, Progress> progress) {
        return progress.values().stream().filter(Progress::submitted).count() >= workshop.getMinimumGroupSize();
    }

    List<RawMember> rawMembers(Workshop workshop, Map<Long, Progress> progress) {
        Map<Long, Consent> consent = new HashMap<>();
        participants
                .findByWorkshop(workshop.getId())
                .forEach(p -> consent.put(p.user().getId(), p.consent()));
        return workshop.getTeam().getMemberships().stream()
                .map(m -> {
                    var user = m.getUser();
                    var state = progress.get(user.getId());
                    var s = state != null && state.submitted() ? state.scores() : null;
                    return new RawMember(
                            user.getUsername(),
                            user.getDisplayName(),
                            m.getTeamRole() == TeamRole.LEADER,
                            consent.getOrDefault(user.getId(), Consent.AGGREGATE_ONLY),
                            ParticipantStatus.of(state),
                            s == null
                                    ? null
                                    : new Debrief.Scores(
                                            round(s.d()),
                                            round(s.i()),
                                            round(s.s()),
                                            round(s.c()),
                                            round(s.peopleVsTask()),
                                            round(s.pace()),
                                            s.style()));
                })
                .toList();
    }

    List<Debrief.CommitmentView> commitmentViews(long workshopId) {
        LocalDate today = LocalDate.now(clock);
        return commitments.findByWorkshop(workshopId).stream()
                .map(c -> CommitmentService.view(c, today))
                .toList();
    }

    static Debrief.WorkshopInfo info(Workshop w) {
        return new Debrief.WorkshopInfo(
                w.getId(),
                w.getTitle(),
                w.getScheduledOn(),
                w.getDeadline(),
                w.getStatus().label(),
                w.isRevealed(),
                w.getFacilitator().getDisplayName(),
                w.instrumentLabel(),
                w.getFollowsWorkshopId());
    }

    /** One audit entry per person whose own scores the reader was shown, and one for the opening. */
    private void auditOpening(Workshop workshop, List<RawMember> raw, Debrief debrief, String view) {
        String reader = access.username();
        audit.record(reader, "DEBRIEF_OPENED", null, "workshop:" + workshop.getId(), view);
        var ids = new HashMap<String, Long>();
        workshop.getTeam()
                .getMemberships()
                .forEach(m -> ids.put(m.getUser().getUsername(), m.getUser().getId()));
        for (int index = 0; index < raw.size(); index++) {
            var member = raw.get(index);
            if (debrief.members().get(index).scores() != null
                    && !member.username().equals(reader)) {
                audit.record(
                        reader, "RESULTS_VIEWED", ids.get(member.username()), "workshop:" + workshop.getId(), view);
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
