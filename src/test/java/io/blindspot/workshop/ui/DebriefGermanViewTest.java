package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.support.KaribuTest;
import io.blindspot.workshop.WorkshopService;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workshop screens in German: the bundles' texts, no missing key shown as {@code !key!}. */
class DebriefGermanViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Test
    void the_debrief_reads_in_german() {
        login("facilitator");
        long offsite = workshopTitled("Sales leadership offsite");
        german();
        UI.getCurrent().navigate("workshops/" + offsite + "/debrief");

        var view = _get(DebriefView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains("Befunde", "Verpflichtungen", "Einwilligung berücksichtigt: ")
                .contains("5 von 7 Mitgliedern teilen ihren Punkt und ihre Werte")
                .contains("Präsentieren", "PDF-Handout", "Bearbeitungsstand", "moderiert von", "Regelwerk-Version")
                .contains("HOCH", "Ausgelöst durch die Regel")
                .doesNotContain("!workshop.", "Consent applied");
        String map = view.map.getElement().getTextRecursively()
                + view.map
                        .getChildren()
                        .map(c -> c.getElement().getProperty("innerHTML", ""))
                        .reduce("", String::concat);
        assertThat(view.getPageTitle()).isEqualTo("Auswertung · Blindspot");
        assertThat(view.reEvaluate.getText()).isEqualTo("Mit dem aktiven Regelwerk neu auswerten");
        assertThat(view.followUp.rerun.getText()).isEqualTo("Fragebogen für dieses Team erneut durchführen");
        assertThat(map).doesNotContain("!workshop.");
    }

    @Test
    void the_board_and_the_workshops_list_read_in_german() {
        login("facilitator");
        long teamDay = workshopTitled("Product leadership team day");
        german();
        UI.getCurrent().navigate("workshops/" + teamDay + "/board");

        var board = _get(BoardView.class);
        String text = board.getElement().getTextRecursively();
        assertThat(text).contains("Personen hinzufügen").doesNotContain("!workshop.", "Add people");
        assertThat(board.reveal.getText()).isEqualTo("Auswertung für das Team freigeben");
        assertThat(board.add.getText()).isEqualTo("Hinzufügen und einladen");
        assertThat(board.getPageTitle()).isEqualTo("Bearbeitungsstand · Blindspot");

        UI.getCurrent().navigate("workshops");
        var list = _get(WorkshopsView.class);
        assertThat(list.create.getText()).isEqualTo("Anlegen und einladen");
        assertThat(list.existingTeam.getLabel()).isEqualTo("Bestehendes Team");
        assertThat(list.getElement().getTextRecursively()).doesNotContain("!workshop.");
    }

    private static void german() {
        UI.getCurrent().getSession().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private long workshopTitled(String title) {
        return workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
