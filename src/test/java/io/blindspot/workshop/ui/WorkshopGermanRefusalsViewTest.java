package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import io.blindspot.base.Formats;
import io.blindspot.support.KaribuTest;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.ConsentService;
import io.blindspot.workshop.DebriefService;
import io.blindspot.workshop.NewWorkshop;
import io.blindspot.workshop.WorkshopSeeder;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What the workshop services refuse, and the invitations and reminders they leave, read in German
 * on a German screen: the services word them in English for the API, the screens must not. Its own
 * database, since the workshops, reminders and reveals made here would change what other screen
 * tests see of the demo data.
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:workshop-german;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WorkshopGermanRefusalsViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    ConsentService consents;

    @Autowired
    WorkshopSeeder seeder;

    @Autowired
    DebriefService debriefs;

    @Test
    void a_workshop_without_a_name_is_refused_in_german() {
        loginInGerman("facilitator");
        UI.getCurrent().navigate("workshops");
        var view = _get(WorkshopsView.class);

        _click(view.create);

        assertThat(view.outcome.getElement().getTextRecursively())
                .isEqualTo("Nicht angelegt: Geben Sie dem Workshop einen Namen.");
    }

    @Test
    void adding_nobody_or_a_wrong_address_on_the_board_is_refused_in_german() {
        loginInGerman("facilitator");
        long teamDay = workshopTitled("Product leadership team day").id();
        UI.getCurrent().navigate("workshops/" + teamDay + "/board");
        var board = _get(BoardView.class);

        _click(board.add);
        assertThat(board.added.getElement().getTextRecursively())
                .isEqualTo("Nicht hinzugefügt: Fügen Sie mindestens eine teilnehmende Person hinzu.");

        _setValue(board.addNewPeople, "Ole Brand, ole.brand-at-example");
        _click(board.add);
        assertThat(board.added.getElement().getTextRecursively())
                .isEqualTo("Nicht hinzugefügt: „ole.brand-at-example“ ist keine E-Mail-Adresse.");
    }

    @Test
    void a_commitment_without_words_and_a_follow_up_without_a_date_are_refused_in_german() {
        loginInGerman("facilitator");
        long offsite = workshopTitled("Sales leadership offsite").id();
        UI.getCurrent().navigate("workshops/" + offsite + "/debrief");
        var debrief = _get(DebriefView.class);

        _click(_get(debrief, Button.class, spec -> spec.withText("Verpflichtung hinzufügen")));
        assertThat(lastNotification()).isEqualTo("Beschreiben Sie, was vereinbart wurde.");

        _setValue(debrief.followUp.date, null);
        _click(debrief.followUp.rerun);
        assertThat(lastNotification()).isEqualTo("Nicht angelegt: Wählen Sie das Datum des Workshops.");
    }

    @Test
    void a_participant_whose_choice_comes_too_late_is_told_in_german_and_keeps_the_old_choice() {
        login("facilitator");
        long late = workshops
                .create(newWorkshop("Late choice", "Late choice team", List.of("jonas", "amara")))
                .workshop()
                .id();
        loginInGerman("jonas");
        var section = _get(ParticipantHomeSection.class);
        var titles = consents.myConsents().stream()
                .map(ConsentService.MyConsent::title)
                .toList();
        var choice = section.consentChoices.get(titles.indexOf("Late choice"));

        seeder.reveal(late); // the facilitator reveals while the page is open
        _setValue(choice, Consent.SHARE);

        assertThat(lastNotification())
                .isEqualTo("Die Auswertung von „Late choice“ ist freigegeben; Ihre Wahl lässt sich nicht mehr ändern.");
        assertThat(choice.getValue()).isEqualTo(Consent.AGGREGATE_ONLY);
    }

    @Test
    void a_german_participant_reads_invitations_and_reminders_in_german() {
        login("facilitator");
        var created = workshops
                .create(newWorkshop("Kick-off", "Kick-off team", List.of("jonas", "amara")))
                .workshop();
        var teamDay = workshopTitled("Product leadership team day");
        workshops.remind(teamDay.id(), "jonas");

        loginInGerman("jonas");
        String home = _get(ParticipantHomeSection.class).getElement().getTextRecursively();

        assertThat(home)
                .contains("Einladungen zu Workshops")
                .contains("Erinnerung: Bitte füllen Sie Ihren Fragebogen für „Product leadership team day“ bis zum "
                        + Formats.date(teamDay.deadline(), Locale.GERMAN) + " aus.")
                .contains("Sie sind zu „Kick-off“ mit dem Team Kick-off team eingeladen."
                        + " Bitte füllen Sie Ihren Fragebogen bis zum "
                        + Formats.date(created.deadline(), Locale.GERMAN) + " aus.")
                .doesNotContain("Reminder:", "You are invited", "!workshop.");
    }

    @Test
    void the_handout_and_the_csv_for_a_german_reader_have_german_words() throws Exception {
        loginInGerman("facilitator");
        long offsite = workshopTitled("Sales leadership offsite").id();

        String text;
        try (var pdf = Loader.loadPDF(debriefs.handout(offsite, Locale.GERMAN))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Stilkarte des Teams Sales leadership", "Befunde", "Verpflichtungen")
                .contains("Einwilligung berücksichtigt: 5 von 7 Mitgliedern teilen ihren Punkt und ihre Werte")
                .contains("moderiert von", "Regelwerk-Version", "Ausgelöst durch die Regel „")
                .doesNotContain("Consent applied", "facilitated by", "Raised by", "!workshop.");

        String csv = debriefs.csv(offsite, Locale.GERMAN);
        assertThat(csv.lines().findFirst())
                .hasValue("Datensatz,Workshop,Team,Regelwerk-Version,Name,Leitung,Einwilligung,Status,D,I,S,C,"
                        + "Menschen-vs.-Aufgabe,Tempo,Stil,Befund-Code,Schweregrad,Titel,Belege");
        assertThat(csv.lines().filter(l -> l.startsWith("member,")))
                .as("the cells keep their codes")
                .hasSize(7);
    }

    private static String lastNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).as("notifications").isNotEmpty();
        return shown.get(shown.size() - 1).getElement().getProperty("text");
    }

    /** A new UI takes the JVM's default language, as a browser's first request would bring its own. */
    private void loginInGerman(String username) {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            login(username);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static NewWorkshop newWorkshop(String title, String team, List<String> people) {
        return new NewWorkshop(
                title,
                LocalDate.now().plusDays(20),
                LocalDate.now().plusDays(10),
                null,
                team,
                people,
                List.of(),
                people.get(0),
                2,
                null,
                null);
    }

    private WorkshopSummary workshopTitled(String title) {
        return workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
