package io.blindspot.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentSeeder;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.assessment.InstrumentCatalog;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.Formats;
import io.blindspot.base.Messages;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.support.MariaDbSpringTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A workshop from creation to reveal on the real MariaDB, with invitations and reminders sent to a
 * real SMTP server in the test JVM (GreenMail).
 */
@MariaDbSpringTest
class WorkshopLifecycleIT {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("blindspot.base-url", () -> "https://blindspot.example.com");
    }

    @Autowired
    WorkshopService workshops;

    @Autowired
    DebriefService debriefs;

    @Autowired
    ConsentService consents;

    @Autowired
    CommitmentService commitments;

    @Autowired
    SetPasswordLinks passwordLinks;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentSeeder seeder;

    @Autowired
    AuditTrail audit;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountLanguage languages;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_invitation_mails_each_participant_and_a_new_one_gets_a_working_set_password_link() throws Exception {
        var created = as(
                "facilitator",
                () -> workshops.create(newWorkshop(
                        "Invite test",
                        "Invite team",
                        List.of("jonas"),
                        List.of(new NewWorkshop.NewPerson("Nora Field", "nora.field@example.com")))));

        assertThat(created.mailConfigured()).isTrue();
        assertThat(created.invitations()).allSatisfy(i -> assertThat(i.mailed()).isTrue());
        var messages = mail.getReceivedMessages();
        var toNora = only(messages, "nora.field@example.com");
        assertThat(toNora.getSubject()).isEqualTo("Invitation: Invite test");
        String body = text(toNora);
        var link = Pattern.compile("https://blindspot\\.example\\.com/set-password\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("set-password link in: " + body).isTrue();
        assertThat(passwordLinks.usernameFor(link.group(1))).hasValue("nora.field");
        assertThat(accounts.findAccount("nora.field").orElseThrow().hasRole(Role.EXECUTIVE))
                .isTrue();
        passwordLinks.setPassword(link.group(1), "a-new-long-password");
        assertThat(passwordLinks.usernameFor(link.group(1)))
                .as("the link works once")
                .isEmpty();

        var board = as("facilitator", () -> workshops.board(created.workshop().id()));
        assertThat(board.rows()).extracting(Board.Row::status).containsOnly("not started");
        assertThat(board.ready()).isFalse();
    }

    @Test
    void people_added_to_an_existing_workshop_are_invited_assigned_and_shown_as_not_started() throws Exception {
        var created = as(
                "facilitator",
                () -> workshops.create(newWorkshop("Adding test", "Adding team", List.of("lena", "raj"), List.of())));
        long id = created.workshop().id();
        submit("lena", id, 70, 40, 30, 60);
        mail.reset();

        var added = as(
                "facilitator",
                () -> workshops.addParticipants(
                        id,
                        List.of("sofia"),
                        List.of(new NewWorkshop.NewPerson("Omar Haddad", "omar.haddad@example.com"))));

        assertThat(added.invitations())
                .extracting(Invitation::email)
                .containsExactlyInAnyOrder(email("sofia"), "omar.haddad@example.com");
        assertThat(added.invitations()).allSatisfy(i -> assertThat(i.mailed()).isTrue());
        var messages = mail.getReceivedMessages();
        assertThat(messages).as("only the added people are mailed").hasSize(2);
        var toOmar = only(messages, "omar.haddad@example.com");
        assertThat(toOmar.getSubject()).isEqualTo("Invitation: Adding test");
        String body = text(toOmar);
        var link = Pattern.compile("https://blindspot\\.example\\.com/set-password\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("set-password link in: " + body).isTrue();
        assertThat(passwordLinks.usernameFor(link.group(1))).hasValue("omar.haddad");
        assertThat(accounts.findAccount("omar.haddad").orElseThrow().hasRole(Role.EXECUTIVE))
                .isTrue();
        assertThat(only(messages, email("sofia")).getSubject()).isEqualTo("Invitation: Adding test");

        var board = as("facilitator", () -> workshops.board(id));
        assertThat(board.rows())
                .extracting(Board.Row::username, Board.Row::status)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("sofia", "not started"),
                        org.assertj.core.groups.Tuple.tuple("omar.haddad", "not started"),
                        org.assertj.core.groups.Tuple.tuple("lena", "submitted"));
        assertThat(board.rows()).hasSize(4);
        assertThat(as("sofia", () -> assessmentService.myAssessments()))
                .as("adding assigns the questionnaire")
                .isNotEmpty();
        assertThat(as("sofia", () -> workshops.myNotices()))
                .anySatisfy(n -> assertThat(n.message()).contains("Adding test"));
        assertThat(as("facilitator", () -> debriefs.debrief(id, "test")).members())
                .as("the team grew with them")
                .hasSize(4);
        long sofia = accounts.findAccount("sofia").orElseThrow().getId();
        assertThat(audit.about(sofia)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("WORKSHOP_PARTICIPANT_ADDED");
            assertThat(e.actor()).isEqualTo("facilitator");
        });
    }

    @Test
    void only_the_workshops_own_facilitator_or_an_admin_adds_people_and_only_before_the_reveal() {
        var created = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Guarded adding", "Guarded team", List.of("chen", "ben", "jonas"), List.of())));
        long id = created.workshop().id();

        assertThatThrownBy(() -> as("coach", () -> workshops.addParticipants(id, List.of("amara"), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("facilitator", () -> workshops.addParticipants(id, List.of("chen"), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes part already");
        assertThatThrownBy(() -> as(
                        "facilitator",
                        () -> workshops.addParticipants(
                                id, List.of(), List.of(new NewWorkshop.NewPerson("No Mail", "not-an-address")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("newPeople[0].email");
        var byAdmin = as("admin", () -> workshops.addParticipants(id, List.of("amara"), List.of()));
        assertThat(byAdmin.invitations()).extracting(Invitation::name).containsExactly("Amara Osei");
        assertThat(as("facilitator", () -> workshops.board(id)).rows()).hasSize(4);

        submit("chen", id, 80, 40, 35, 62);
        submit("ben", id, 30, 55, 85, 52);
        submit("jonas", id, 40, 30, 55, 82);
        as("facilitator", () -> workshops.reveal(id));
        assertThatThrownBy(() -> as("facilitator", () -> workshops.addParticipants(id, List.of("priya"), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revealed");
    }

    @Test
    void a_workshop_can_be_created_for_an_existing_team_with_more_people() {
        var first = as(
                "facilitator",
                () -> workshops.create(newWorkshop("Team first", "Reused team", List.of("dana", "tom"), List.of())));
        long teamId = first.workshop().teamId();

        var second = as(
                "facilitator",
                () -> workshops.create(new NewWorkshop(
                        "Team second",
                        LocalDate.now().plusDays(20),
                        LocalDate.now().plusDays(10),
                        teamId,
                        null,
                        List.of("greg"),
                        List.of(),
                        null,
                        3,
                        null,
                        null)));

        assertThat(second.workshop().teamId()).isEqualTo(teamId);
        assertThat(second.invitations())
                .extracting(Invitation::name)
                .containsExactlyInAnyOrder("Dana Whitfield", "Tom Okafor", "Greg Lindqvist");
        assertThatThrownBy(() -> as(
                        "coach",
                        () -> workshops.create(new NewWorkshop(
                                "Not mine",
                                LocalDate.now().plusDays(20),
                                null,
                                teamId,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                3,
                                null,
                                null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reminder_mails_the_participant_and_shows_on_their_home_page() throws Exception {
        var created = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Reminder test", "Reminder team", List.of("amara", "ben"), List.of())));
        mail.reset();

        as("facilitator", () -> workshops.remind(created.workshop().id(), "amara"));

        var messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo(email("amara"));
        assertThat(messages[0].getSubject()).isEqualTo("Reminder: Reminder test");
        assertThat(text(messages[0])).contains("https://blindspot.example.com/");
        var notices = as("amara", () -> workshops.myNotices());
        assertThat(notices.get(0).message()).startsWith("Reminder:").contains("Reminder test");
    }

    @Test
    void a_person_who_chose_german_is_invited_and_reminded_in_german_and_one_without_a_choice_in_english()
            throws Exception {
        choose("chen", Locale.GERMAN);
        try {
            var created = as(
                    "facilitator",
                    () -> workshops.create(
                            newWorkshop("Sprachtest", "Language team", List.of("chen", "raj"), List.of())));
            long id = created.workshop().id();
            var deadline = created.workshop().deadline();
            var messages = mail.getReceivedMessages();

            var toChen = only(messages, email("chen"));
            assertThat(toChen.getSubject()).isEqualTo("Einladung: Sprachtest");
            assertThat(text(toChen))
                    .startsWith("Guten Tag " + displayName("chen") + ",")
                    .contains("Sie sind zu „Sprachtest“ mit dem Team Language team eingeladen. Bitte füllen Sie Ihren"
                            + " Fragebogen bis zum " + Formats.date(deadline, Locale.GERMAN) + " aus.")
                    .contains("Hier geht es los: https://blindspot.example.com/")
                    .contains("Ihre Antworten gehören Ihnen")
                    .doesNotContain("Hello", "invited", "Start here");
            var toRaj = only(messages, email("raj"));
            assertThat(toRaj.getSubject()).isEqualTo("Invitation: Sprachtest");
            assertThat(text(toRaj))
                    .startsWith("Hello " + displayName("raj") + ",")
                    .contains("You are invited to \"Sprachtest\" with Language team. Please complete your"
                            + " questionnaire by " + Formats.date(deadline, Locale.ENGLISH) + ".")
                    .contains("Start here: https://blindspot.example.com/")
                    .doesNotContain("Guten Tag", "Fragebogen");

            mail.reset();
            as("facilitator", () -> workshops.remind(id, "chen"));
            as("facilitator", () -> workshops.remind(id, "raj"));
            var reminders = mail.getReceivedMessages();
            assertThat(reminders).hasSize(2);
            var remindChen = only(reminders, email("chen"));
            assertThat(remindChen.getSubject()).isEqualTo("Erinnerung: Sprachtest");
            assertThat(text(remindChen))
                    .contains("Erinnerung: Bitte füllen Sie Ihren Fragebogen für „Sprachtest“ bis zum "
                            + Formats.date(deadline, Locale.GERMAN) + " aus.");
            var remindRaj = only(reminders, email("raj"));
            assertThat(remindRaj.getSubject()).isEqualTo("Reminder: Sprachtest");
            assertThat(text(remindRaj))
                    .contains("Reminder: please complete your questionnaire for \"Sprachtest\" by "
                            + Formats.date(deadline, Locale.ENGLISH) + ".");
        } finally {
            choose("chen", null);
        }
    }

    @Test
    void the_board_turns_ready_at_the_minimum_group_size_and_below_it_only_counts_appear() {
        var created = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Board test", "Board team", List.of("priya", "jonas", "amara", "ben"), List.of())));
        long id = created.workshop().id();
        as("priya", () -> consents.setMine(id, Consent.SHARE));
        submit("priya", id, 70, 40, 30, 60);
        submit("jonas", id, 40, 30, 55, 82);

        var below = as("facilitator", () -> debriefs.debrief(id, "test"));
        assertThat(below.submitted()).isEqualTo(2);
        assertThat(below.aggregate()).isNull();
        assertThat(below.findings()).isEmpty();
        assertThat(below.members()).allSatisfy(m -> assertThat(m.scores()).isNull());
        assertThat(as("facilitator", () -> workshops.board(id)).ready()).isFalse();
        assertThatThrownBy(() -> as("facilitator", () -> workshops.reveal(id)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 of the 3");

        submit("amara", id, 58, 85, 45, 35);
        var board = as("facilitator", () -> workshops.board(id));
        assertThat(board.ready()).isTrue();
        assertThat(board.rows()).extracting(Board.Row::status).contains("submitted", "not started");

        var debrief = as("facilitator", () -> debriefs.debrief(id, "test"));
        assertThat(debrief.aggregate()).isNotNull();
        assertThat(debrief.ruleSetVersion()).isPositive();
    }

    @Test
    void consent_changes_are_audited_and_end_with_the_reveal() {
        var created = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Consent test", "Consent team", List.of("chen", "ben", "jonas"), List.of())));
        long id = created.workshop().id();
        long chen = accounts.findAccount("chen").orElseThrow().getId();

        as("chen", () -> consents.setMine(id, Consent.SHARE));

        assertThat(audit.about(chen)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CONSENT_CHANGED");
            assertThat(e.detail()).isEqualTo("AGGREGATE_ONLY → SHARE");
        });
        submit("chen", id, 80, 40, 35, 62);
        submit("ben", id, 30, 55, 85, 52);
        submit("jonas", id, 40, 30, 55, 82);
        as("facilitator", () -> workshops.reveal(id));
        assertThatThrownBy(() -> as("chen", () -> consents.setMine(id, Consent.AGGREGATE_ONLY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revealed");
        var shown = as("ben", () -> debriefs.debrief(id, "test"));
        assertThat(shown.members())
                .filteredOn(m -> m.name() != null)
                .extracting(Debrief.Member::name)
                .containsExactly("Chen Wu");
        assertThat(audit.about(chen)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RESULTS_VIEWED");
            assertThat(e.actor()).isEqualTo("ben");
        });
    }

    @Test
    void another_facilitator_cannot_see_or_change_the_workshop() {
        var created = as(
                "facilitator",
                () -> workshops.create(newWorkshop("Private test", "Private team", List.of("raj", "lena"), List.of())));
        long id = created.workshop().id();

        assertThatThrownBy(() -> as("coach", () -> workshops.board(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("coach", () -> workshops.remind(id, "raj")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("coach", () -> debriefs.debrief(id, "test")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("coach", () -> workshops.callersWorkshops())).isEmpty();
    }

    @Test
    void a_follow_up_round_shows_who_moved_what_changed_and_which_commitments_were_kept() {
        var first = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Round one", "Follow-up team", List.of("raj", "lena", "sofia"), List.of())));
        long one = first.workshop().id();
        for (String person : List.of("raj", "lena", "sofia")) {
            as(person, () -> consents.setMine(one, Consent.SHARE));
        }
        submit("raj", one, 85, 40, 20, 60);
        submit("lena", one, 80, 35, 22, 70);
        submit("sofia", one, 78, 42, 25, 62);
        as("facilitator", () -> workshops.reveal(one));
        var agreed = as(
                "facilitator",
                () -> commitments.add(
                        one,
                        null,
                        "Weekly coaching on one behaviour",
                        "raj",
                        LocalDate.now().plusDays(30)));
        as("raj", () -> commitments.updateStatus(agreed.id(), CommitmentStatus.DONE));

        var second = as(
                "facilitator",
                () -> workshops.followUp(
                        one, LocalDate.now().plusDays(90), LocalDate.now().plusDays(80), null));
        long two = second.workshop().id();
        // Consent is per round: all three share again (with exactly one hidden, no dot would be named).
        for (String person : List.of("raj", "lena", "sofia")) {
            as(person, () -> consents.setMine(two, Consent.SHARE));
        }
        submit("raj", two, 60, 60, 55, 50);
        submit("lena", two, 62, 55, 60, 52);
        submit("sofia", two, 58, 58, 58, 55);

        var followUp = as("facilitator", () -> debriefs.followUp(two));

        assertThat(followUp.previousWorkshopId()).isEqualTo(one);
        assertThat(followUp.moved())
                .extracting(FollowUp.Movement::name)
                .containsExactlyInAnyOrder("Raj Patel", "Lena Vogel", "Sofia Marquez");
        assertThat(followUp.moved()).allSatisfy(m -> assertThat(m.distance()).isPositive());
        assertThat(followUp.commitmentsKept()).isEqualTo(1);
        assertThat(followUp.commitmentsTotal()).isEqualTo(1);
        assertThat(followUp.findingsDisappeared()).isNotEmpty();
    }

    @Test
    void participants_answer_the_questionnaire_version_chosen_for_the_workshop_and_the_current_one_by_default()
            throws IOException {
        var pilot = catalog.store(pilotInstrument(), "pilot.yaml");

        var chosen = as(
                "facilitator",
                () -> workshops.create(withInstrument(
                        newWorkshop("Pilot round", "Pilot team", List.of("raj", "lena"), List.of()), pilot.getId())));
        var standard = as(
                "facilitator",
                () -> workshops.create(newWorkshop("Standard round", "Standard team", List.of("sofia"), List.of())));

        assertThat(chosen.workshop().instrument()).isEqualTo("workplace-style-pilot v1");
        assertThat(standard.workshop().instrument()).isEqualTo("workplace-style v1");
        assertThat(as("facilitator", () -> workshops.instrumentChoice())
                        .current()
                        .instrumentKey())
                .isEqualTo("workplace-style");
        assertThat(as("lena", () -> assessmentService.myAssessments()))
                .extracting(AssessmentOverview::title)
                .contains("Workplace Style Pilot");
        assertThat(as("sofia", () -> assessmentService.myAssessments()))
                .extracting(AssessmentOverview::title)
                .doesNotContain("Workplace Style Pilot");
        var followUp = as(
                "facilitator",
                () -> workshops.followUp(
                        chosen.workshop().id(),
                        LocalDate.now().plusDays(90),
                        LocalDate.now().plusDays(80),
                        null));
        assertThat(followUp.workshop().instrument())
                .as("a follow-up keeps the earlier round's version unless another is chosen")
                .isEqualTo("workplace-style-pilot v1");
        assertThatThrownBy(() -> as(
                        "facilitator",
                        () -> workshops.create(withInstrument(
                                newWorkshop("No such version", "Nowhere team", List.of("raj"), List.of()), 999_999L))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrumentVersionId: no questionnaire version 999999")
                .isInstanceOfSatisfying(io.blindspot.base.Explained.class, refused -> assertThat(
                                Messages.text(refused.messageKey(), Messages.GERMAN, refused.messageArguments()))
                        .isEqualTo("Es gibt keine Fragebogen-Version 999999."));
        assertThat(as("facilitator", () -> workshops.callersWorkshops()))
                .extracting(WorkshopSummary::title)
                .doesNotContain("No such version");
    }

    @Test
    void an_owner_sees_their_commitment_and_marks_progress_and_the_facilitator_sees_it_overdue() {
        var created = as(
                "facilitator",
                () -> workshops.create(
                        newWorkshop("Commitment test", "Commitment team", List.of("dana", "tom", "greg"), List.of())));
        long id = created.workshop().id();
        var late = as(
                "facilitator",
                () -> commitments.add(
                        id,
                        "UNIFORM_TASK_DOMINANCE",
                        "Coach one rep a week",
                        "dana",
                        LocalDate.now().minusDays(1)));

        assertThat(as("dana", () -> commitments.mine()))
                .anySatisfy(c -> assertThat(c.commitment().id()).isEqualTo(late.id()));
        assertThat(as("facilitator", () -> commitments.overdueInMyWorkshops()))
                .anySatisfy(c -> assertThat(c.commitment().text()).isEqualTo("Coach one rep a week"));
        assertThatThrownBy(() -> as("tom", () -> commitments.updateStatus(late.id(), CommitmentStatus.DONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("facilitator", () -> commitments.add(id, null, " ", "dana", LocalDate.now())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text:");

        as("dana", () -> commitments.updateStatus(late.id(), CommitmentStatus.DONE));

        assertThat(as("facilitator", () -> commitments.overdueInMyWorkshops()))
                .noneSatisfy(c -> assertThat(c.commitment().id()).isEqualTo(late.id()));
    }

    private void submit(String username, long workshopId, int d, int i, int s, int c) {
        var user = accounts.findAccount(username).orElseThrow();
        seeder.seedSubmittedAssessment(
                user, workshopId, d, i, s, c, Instant.now().minusSeconds(3600));
    }

    private String displayName(String username) {
        return accounts.findAccount(username).orElseThrow().getDisplayName();
    }

    private void choose(String username, Locale language) {
        as(username, () -> {
            languages.choose(language);
            return null;
        });
    }

    /**
     * The mail's text as the person reads it. Raw, a text with any character outside ASCII (a
     * typographic apostrophe, an umlaut) is quoted-printable, and a link in it reads "token=3D…".
     */
    static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private String email(String username) {
        return accounts.findAccount(username).orElseThrow().getEmail();
    }

    static NewWorkshop newWorkshop(
            String title, String team, List<String> people, List<NewWorkshop.NewPerson> newPeople) {
        return new NewWorkshop(
                title,
                LocalDate.now().plusDays(20),
                LocalDate.now().plusDays(10),
                null,
                team,
                people,
                newPeople,
                people.isEmpty() ? null : people.get(0),
                3,
                null,
                null);
    }

    static NewWorkshop withInstrument(NewWorkshop w, long instrumentVersionId) {
        return new NewWorkshop(
                w.title(),
                w.date(),
                w.deadline(),
                w.existingTeamId(),
                w.teamName(),
                w.people(),
                w.newPeople(),
                w.leader(),
                w.minimumGroupSize(),
                w.followsWorkshopId(),
                instrumentVersionId);
    }

    /** The shipped instrument under another key and title: a second version to choose, not the current one. */
    static String pilotInstrument() throws IOException {
        return new ClassPathResource("instruments/workplace-style-v1.yaml")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: workplace-style$", "id: workplace-style-pilot")
                .replaceFirst("(?m)^  en: Workplace Style$", "  en: Workplace Style Pilot");
    }

    <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static MimeMessage only(MimeMessage[] messages, String to) throws Exception {
        for (var message : messages) {
            if (message.getAllRecipients()[0].toString().equals(to)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + to);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
