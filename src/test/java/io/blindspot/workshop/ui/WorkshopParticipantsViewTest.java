package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.security.AccountService;
import io.blindspot.support.KaribuTest;
import io.blindspot.workshop.Board;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopSummary;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Adding people to a workshop that exists (from its completion board) and creating a workshop for
 * a team that exists. Its own database: the people added here would change what other screen tests
 * see of the demo data.
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:workshop-participants;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WorkshopParticipantsViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void the_facilitator_adds_an_existing_and_a_new_person_from_the_board_who_then_show_as_not_started() {
        login("facilitator");
        long teamDay = workshopTitled("Product leadership team day");
        UI.getCurrent().navigate("workshops/" + teamDay + "/board");
        var board = _get(BoardView.class);
        int before = workshops.board(teamDay).rows().size();
        var lena = board.addPeople
                .getListDataView()
                .getItems()
                .filter(a -> a.username().equals("lena"))
                .findFirst()
                .orElseThrow();
        assertThat(board.addPeople.getListDataView().getItems())
                .as("who takes part already is not offered")
                .noneMatch(a -> a.username().equals("priya"));

        _setValue(board.addPeople, Set.of(lena));
        _setValue(board.addNewPeople, "Nora Field, nora.field@example.com");
        _click(board.add);

        String outcome = board.added.getElement().getTextRecursively();
        assertThat(outcome)
                .contains("Added 2 participant(s)")
                .contains("E-mail is not configured")
                .contains("Nora Field (nora.field@example.com): http")
                .contains("/set-password?token=");
        var rows = workshops.board(teamDay).rows();
        assertThat(rows).hasSize(before + 2);
        assertThat(rows)
                .filteredOn(r -> r.username().equals("lena") || r.username().equals("nora.field"))
                .extracting(Board.Row::status)
                .containsOnly("not started");
        assertThat(board.rows.getListDataView().getItems())
                .as("the board shows them at once")
                .anyMatch(r -> r.name().equals("Nora Field"));
        assertThat(accounts.findAccount("nora.field")).isPresent();
    }

    @Test
    void another_facilitator_gets_no_board_and_a_refusal_when_adding() {
        login("facilitator");
        long teamDay = workshopTitled("Product leadership team day");
        UI.getCurrent().navigate("workshops/" + teamDay + "/board");
        var board = _get(BoardView.class);

        // the coach's session cannot even open the board
        login("coach");
        UI.getCurrent().navigate("workshops/" + teamDay + "/board");
        _assertNone(BoardView.class);

        // and a form left open is refused by the server
        var coach = users.loadUserByUsername("coach");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(coach, null, coach.getAuthorities()));
        board.addNewPeople.setValue("Ole Brand, ole.brand@example.com");
        board.addParticipants();
        assertThat(board.added.getElement().getTextRecursively()).startsWith("Not added:");
        assertThat(accounts.findAccount("ole.brand")).isEmpty();
    }

    @Test
    void a_workshop_can_be_created_for_one_of_the_facilitators_teams() {
        login("facilitator");
        UI.getCurrent().navigate("workshops");
        var view = _get(WorkshopsView.class);
        var sales = view.existingTeam
                .getListDataView()
                .getItems()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow();

        _setValue(view.title, "Sales check-in");
        _setValue(view.existingTeam, sales);
        assertThat(view.teamName.isEnabled()).isFalse();
        _click(view.create);

        assertThat(view.outcome.getElement().getTextRecursively())
                .contains("Created \"Sales check-in\" and assigned the questionnaire to 7 participant(s).");
        assertThat(workshops.callersWorkshops())
                .filteredOn(w -> w.title().equals("Sales check-in"))
                .extracting(WorkshopSummary::teamId)
                .containsExactly(sales.id());
    }

    private long workshopTitled(String title) {
        return workshops.callersWorkshops().stream()
                .filter(w -> w.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
