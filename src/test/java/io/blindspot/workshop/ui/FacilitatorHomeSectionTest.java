package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The facilitator's section of the home page. */
class FacilitatorHomeSectionTest extends KaribuTest {

    @Test
    void a_facilitator_sees_their_workshops_and_teams() {
        login("facilitator");

        var section = _get(FacilitatorHomeSection.class);
        assertThat(section.workshops.getGenericDataView().getItems().map(w -> w.teamName()))
                .containsExactlyInAnyOrder("Sales leadership", "Product leadership");
        var sales = section.teams
                .getGenericDataView()
                .getItems()
                .filter(t -> t.name().equals("Sales leadership"))
                .findFirst()
                .orElseThrow();
        assertThat(sales.size()).isEqualTo(7);
        assertThat(sales.completed()).isEqualTo(7);
        assertThat(sales.leaderName()).isEqualTo("Mike Brennan");
    }
}
