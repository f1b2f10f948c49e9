package io.blindspot.workshop;

import io.blindspot.assessment.InstrumentVersionSummary;
import io.blindspot.assessment.WorkshopAssessments;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.base.Messages;
import io.blindspot.base.StateRefused;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.AccountService;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Facilitation;
import io.blindspot.security.Role;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.security.UserAccount;
import io.blindspot.team.Team;
import io.blindspot.team.TeamRole;
import io.blindspot.team.TeamRosters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshops from creation to reveal: who takes part, invitations and reminders, the completion
 * board. Facilitators see and change only their own workshops; administrators all; participants see
 * the workshops they take part in.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopService {

    static final Duration LINK_VALIDITY = Duration.ofDays(14);

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final NoticeRepository notices;
    private final Invitations invitations;
    private final AccountLanguage languages;
    private final WorkshopAccess access;
    private final AccountService accounts;
    private final SetPasswordLinks passwordLinks;
    private final TeamRosters teams;
    private final Facilitation facilitation;
    private final WorkshopAssessments assessments;
    private final WorkshopMail mail;
    private final DebriefEvaluations evaluations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkshopService(
            WorkshopRepository workshops,
            ParticipantRepository participants,
            NoticeRepository notices,
            Invitations invitations,
            AccountLanguage languages,
            WorkshopAccess access,
            AccountService accounts,
            SetPasswordLinks passwordLinks,
            TeamRosters teams,
            Facilitation facilitation,
            WorkshopAssessments assessments,
            WorkshopMail mail,
            DebriefEvaluations evaluations,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.notices = notices;
        this.invitations = invitations;
        this.languages = languages;
        this.access = access;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.teams = teams;
        this.facilitation = facilitation;
        this.assessments = assessments;
        this.mail = mail;
        this.evaluations = evaluations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The logged-in facilitator's own workshops; never another facilitator's. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<WorkshopSummary> myWorkshops() {
        return workshops.findByFacilitator(currentUser.username()).stream()
                .map(WorkshopSummary::of)
                .toList();
    }

    /**
     * The caller's workshops: those they run as facilitator, all for an administrator, and those
     * they take part in.
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.HR_NAME})
    public List<WorkshopSummary> callersWorkshops() {
        Map<Long, Workshop> found = new LinkedHashMap<>();
        if (currentUser.hasRole(Role.ADMIN)) {
            workshops.findAllWithTeam().forEach(w -> found.put(w.getId(), w));
        } else if (currentUser.hasRole(Role.FACILITATOR)) {
            workshops.findByFacilitator(currentUser.username()).forEach(w -> found.put(w.getId(), w));
        }
        workshops.findByParticipant(currentUser.username()).forEach(w -> found.putIfAbsent(w.getId(), w));
        return found.values().stream().map(WorkshopSummary::of).toList();
    }

    /** One workshop's summary, for its own facilitator or an administrator. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public WorkshopSummary workshop(long id) {
        return WorkshopSummary.of(access.toRun(id));
    }

    /** People a facilitator can invite: everyone with the executive role. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public List<AccountService.AccountSummary> invitablePeople() {
        return accounts.accountsWithRole(Role.EXECUTIVE);
    }

    /**
     * Creates the workshop, its team when new, accounts for new people; assigns everyone the
     * questionnaire and invites them.
     *
     * @throws IllegalArgumentException naming the field that is wrong; nothing is stored then
     */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Created create(NewWorkshop request) {
        validate(request);
        String actor = currentUser.username();
        var facilitator = accounts.findAccount(actor).orElseThrow();
        Team team;
        Map<String, String> setPasswordLinks;
        if (request.existingTeamId() != null) {
            if (!currentUser.hasRole(Role.ADMIN)
                    && !facilitation.teamsFacilitatedBy(actor).contains(request.existingTeamId())) {
                throw new AccessDeniedException("You do not facilitate team " + request.existingTeamId() + ".");
            }
            team = teams.team(request.existingTeamId())
                    .orElseThrow(() -> InputRefused.ofField(
                            "team", "workshop.refused.noTeam", String.valueOf(request.existingTeamId())));
            setPasswordLinks = enrol(team, request.people(), request.newPeople(), request.leader(), request.title());
        } else {
            team = new Team(request.teamName().trim(), "Workshops", clock.instant());
            setPasswordLinks = enrol(team, request.people(), request.newPeople(), request.leader(), request.title());
            try {
                teams.create(team);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw InputRefused.ofField("teamName", "workshop.refused.teamExists", request.teamName());
            }
        }
        var instrument = request.instrumentVersionId() == null
                ? assessments.currentInstrument()
                : assessments.instrumentVersion(request.instrumentVersionId());
        var workshop = workshops.save(new Workshop(
                        team,
                        facilitator,
                        request.title().trim(),
                        WorkshopStatus.COLLECTING,
                        request.date(),
                        clock.instant())
                .plannedWith(
                        request.deadline(),
                        request.minimumGroupSize(),
                        instrument.instrumentKey(),
                        instrument.version(),
                        request.followsWorkshopId()));
        var invitations = new ArrayList<Invitation>();
        for (var membership : team.getMemberships()) {
            invitations.add(takePart(workshop, membership.getUser(), instrument.id(), setPasswordLinks));
        }
        audit.record(actor, "WORKSHOP_CREATED", null, "workshop:" + workshop.getId(), workshop.getTitle());
        return new Created(WorkshopSummary.of(workshop), invitations, mail.configured());
    }

    /**
     * Adds people to a workshop that exists already, and so to its team: existing people by username,
     * new ones by name and e-mail (an executive account with a one-time link to set a password, as at
     * creation). Everyone added is assigned the workshop's questionnaire and invited; a team member who
     * did not yet take part in this workshop is added the same way. Only the workshop's own
     * facilitator or an administrator may, and only until the debrief is revealed.
     *
     * @throws IllegalArgumentException naming the field that is wrong; nothing is stored then
     * @throws IllegalStateException once the debrief is revealed
     */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Created addParticipants(long id, List<String> people, List<NewWorkshop.NewPerson> newPeople) {
        var workshop = access.toRun(id);
        if (workshop.isRevealed()) {
            throw new StateRefused("workshop.refused.revealedNoMorePeople", workshop.getTitle());
        }
        List<String> usernames = people == null ? List.of() : List.copyOf(people);
        List<NewWorkshop.NewPerson> newcomers = newPeople == null ? List.of() : List.copyOf(newPeople);
        if (usernames.isEmpty() && newcomers.isEmpty()) {
            throw InputRefused.ofField("people", "workshop.refused.nobodyAdded");
        }
        validateNewPeople(newcomers);
        Set<String> taking = new HashSet<>();
        participants.findByWorkshop(id).forEach(p -> taking.add(p.user().getUsername()));
        for (String username : usernames) {
            if (taking.contains(username)) {
                throw InputRefused.ofField("people", "workshop.refused.takesPartAlready", username);
            }
        }
        var team = teams.team(workshop.getTeam().getId()).orElseThrow();
        var setPasswordLinks = enrol(team, usernames, newcomers, null, workshop.getTitle());
        Long recorded = previousVersion(workshop);
        long instrumentId =
                recorded != null ? recorded : assessments.currentInstrument().id();
        String actor = currentUser.username();
        var invitations = new ArrayList<Invitation>();
        for (var membership : team.getMemberships()) {
            UserAccount person = membership.getUser();
            if (taking.add(person.getUsername())) {
                invitations.add(takePart(workshop, person, instrumentId, setPasswordLinks));
                audit.record(
                        actor, "WORKSHOP_PARTICIPANT_ADDED", person.getId(), "workshop:" + id, workshop.getTitle());
            }
        }
        return new Created(WorkshopSummary.of(workshop), invitations, mail.configured());
    }

    /**
     * Puts people in the team: existing accounts by username, and new people with an executive
     * account awaiting its password. Who is in the team already stays as they are.
     *
     * @return the one-time set-password links of the new accounts, by username
     */
    private Map<String, String> enrol(
            Team team, List<String> people, List<NewWorkshop.NewPerson> newPeople, String leader, String title) {
        String actor = currentUser.username();
        Set<String> members = new HashSet<>();
        team.getMemberships().forEach(m -> members.add(m.getUser().getUsername()));
        Map<String, String> setPasswordLinks = new LinkedHashMap<>();
        for (String username : people) {
            var person = accounts.findAccount(username)
                    .orElseThrow(() -> InputRefused.ofField("people", "workshop.refused.unknownPerson", username));
            if (members.add(username)) {
                team.addMember(person, username.equals(leader) ? TeamRole.LEADER : TeamRole.MEMBER, null);
            }
        }
        for (var newPerson : newPeople) {
            String username = freeUsername(newPerson.email());
            var person = accounts.createAwaitingPassword(
                    username,
                    newPerson.name().trim(),
                    newPerson.email().trim(),
                    Set.of(Role.EXECUTIVE),
                    actor,
                    "invited to workshop " + title);
            setPasswordLinks.put(username, passwordLinks.issue(username, "WORKSHOP_INVITATION", LINK_VALIDITY));
            boolean leads = newPerson.email().trim().equalsIgnoreCase(String.valueOf(leader));
            members.add(username);
            team.addMember(person, leads ? TeamRole.LEADER : TeamRole.MEMBER, null);
        }
        return setPasswordLinks;
    }

    /** One person takes part: assigned the questionnaire and invited, with their set-password link if new. */
    private Invitation takePart(
            Workshop workshop, UserAccount person, long instrumentVersionId, Map<String, String> setPasswordLinks) {
        participants.save(new Participant(workshop, person, clock.instant()));
        assessments.assign(person, workshop.getId(), instrumentVersionId, currentUser.username());
        String link = setPasswordLinks.getOrDefault(person.getUsername(), mail.link(""));
        return invitations.send(workshop, person, link, NoticeView.INVITATION);
    }

    /**
     * A new round for the same team, to compare with this one later: everyone is assigned the
     * questionnaire again and invited. The minimum group size carries over, and so does the
     * questionnaire version unless another is chosen: the same statements make the two rounds compare
     * like with like.
     *
     * @param instrumentVersionId the questionnaire version for the new round, or {@code null} for the
     *     earlier round's
     */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Created followUp(long id, LocalDate date, LocalDate deadline, Long instrumentVersionId) {
        var previous = access.toRun(id);
        Long version = instrumentVersionId != null ? instrumentVersionId : previousVersion(previous);
        return create(new NewWorkshop(
                // the title is stored once for everyone, so it is worded in the facilitator's own language
                Messages.text(
                        "workshop.followUp.titleOf",
                        languages.of(currentUser.username()).orElse(Messages.ENGLISH),
                        previous.getTitle()),
                date,
                deadline,
                previous.getTeam().getId(),
                null,
                List.of(),
                List.of(),
                null,
                previous.getMinimumGroupSize(),
                previous.getId(),
                version));
    }

    /** The questionnaire versions a workshop can use, and which one is current (the default). */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public InstrumentChoice instrumentChoice() {
        return new InstrumentChoice(assessments.instrumentVersions(), assessments.currentInstrument());
    }

    /** The questionnaire version a workshop used; {@code null} when it was not recorded. */
    private Long previousVersion(Workshop previous) {
        if (previous.getInstrumentKey() == null) {
            return null;
        }
        return assessments
                .instrumentVersion(previous.getInstrumentKey(), previous.getInstrumentVersion())
                .map(InstrumentVersionSummary::id)
                .orElse(null);
    }

    /** The completion board: per participant status, last activity and reminders; ready once enough submitted. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Board board(long id) {
        var workshop = access.toRun(id);
        var progress = assessments.progress(id);
        var rows = participants.findByWorkshop(id).stream()
                .map(p -> {
                    var state = progress.get(p.user().getId());
                    return new Board.Row(
                            p.user().getUsername(),
                            p.user().getDisplayName(),
                            p.user().getEmail(),
                            ParticipantStatus.of(state),
                            state == null ? null : state.lastActivity(),
                            p.lastRemindedAt(),
                            state != null && state.submitted());
                })
                .toList();
        int submitted = (int) rows.stream().filter(Board.Row::submitted).count();
        return new Board(
                WorkshopSummary.of(workshop),
                rows,
                submitted,
                workshop.getMinimumGroupSize(),
                submitted >= workshop.getMinimumGroupSize(),
                mail.configured());
    }

    /** Reminds one participant: a notice on their home page and, with SMTP, an e-mail. */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public Invitation remind(long id, String username) {
        var workshop = access.toRun(id);
        var participant = participants
                .findOne(id, username)
                .orElseThrow(() -> new InputRefused("workshop.refused.notParticipant", username));
        participant.reminded(clock.instant());
        audit.record(
                currentUser.username(),
                "WORKSHOP_REMINDER",
                participant.user().getId(),
                "workshop:" + id,
                workshop.getTitle());
        return invitations.send(workshop, participant.user(), mail.link(""), NoticeView.REMINDER);
    }

    /** Shows the debrief to the team. Needs the minimum group size; the findings shown are kept with their version. */
    @Transactional
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public WorkshopSummary reveal(long id) {
        var workshop = access.toRun(id);
        var board = board(id);
        if (!board.ready()) {
            throw new StateRefused(
                    "workshop.refused.tooFewToReveal",
                    String.valueOf(board.submitted()),
                    String.valueOf(board.minimumGroupSize()));
        }
        evaluations.ensureEvaluated(workshop);
        workshop.reveal(clock.instant());
        audit.record(currentUser.username(), "DEBRIEF_REVEALED", null, "workshop:" + id, workshop.getTitle());
        return WorkshopSummary.of(workshop);
    }

    /** The invitations and reminders on the logged-in person's home page, newest first. */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public List<NoticeView> myNotices() {
        return notices.findByUser(currentUser.username()).stream()
                .map(n -> NoticeView.of(n.workshop(), n.kind(), n.message(), n.link(), n.createdAt()))
                .toList();
    }

    private String freeUsername(String email) {
        String base =
                email.trim().toLowerCase(Locale.ROOT).replaceAll("@.*$", "").replaceAll("[^a-z0-9._-]", "");
        if (base.isEmpty()) {
            base = "participant";
        }
        String candidate = base;
        for (int n = 2; accounts.exists(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private void validate(NewWorkshop r) {
        if (r.title() == null || r.title().isBlank()) {
            throw InputRefused.ofField("title", "workshop.refused.titleMissing");
        }
        if (r.date() == null) {
            throw InputRefused.ofField("date", "workshop.refused.dateMissing");
        }
        if (r.deadline() != null && r.deadline().isAfter(r.date())) {
            throw InputRefused.ofField("deadline", "workshop.refused.deadlineAfterDate");
        }
        if (r.minimumGroupSize() < 2) {
            throw InputRefused.ofField("minimumGroupSize", "workshop.refused.groupTooSmall");
        }
        if (r.existingTeamId() == null) {
            if (r.teamName() == null || r.teamName().isBlank()) {
                throw InputRefused.ofField("teamName", "workshop.refused.teamNameMissing");
            }
            if (r.people().isEmpty() && r.newPeople().isEmpty()) {
                throw InputRefused.ofField("people", "workshop.refused.nobodyAdded");
            }
        }
        validateNewPeople(r.newPeople());
    }

    private static void validateNewPeople(List<NewWorkshop.NewPerson> newPeople) {
        for (int i = 0; i < newPeople.size(); i++) {
            var p = newPeople.get(i);
            if (p.name() == null || p.name().isBlank()) {
                throw InputRefused.ofField("newPeople[" + i + "].name", "workshop.refused.personNameMissing");
            }
            if (p.email() == null || !p.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw InputRefused.ofField(
                        "newPeople[" + i + "].email", "workshop.refused.notAnEmail", String.valueOf(p.email()));
            }
        }
    }

    /** The stored questionnaire versions, and the current one a new workshop gets by default. */
    public record InstrumentChoice(List<InstrumentVersionSummary> versions, InstrumentVersionSummary current) {}

    /** A created workshop and the invitations that went out or must be passed on by hand. */
    public record Created(WorkshopSummary workshop, List<Invitation> invitations, boolean mailConfigured) {}
}
