package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignViewTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;

    @Test
    void a_facilitator_assigns_the_questionnaire_to_a_member_of_their_team_who_then_sees_it() {
        login("facilitator");
        UI.getCurrent().navigate("assign");
        var view = _get(AssignView.class);
        var people = view.person
                .getGenericDataView()
                .getItems()
                .map(a -> a.username())
                .toList();
        assertThat(people).contains("executive", "priya").doesNotContain("admin", "hr", "facilitator");

        view.person.setValue(view.person
                .getGenericDataView()
                .getItems()
                .filter(a -> a.username().equals("jonas"))
                .findFirst()
                .orElseThrow());
        view.assign.click();
        assertThat(view.outcome.getText()).startsWith("Assigned").contains("Jonas Berg");

        view.assign.click();
        assertThat(view.outcome.getText()).contains("already has an unfinished");

        login("jonas");
        assertThat(assessments.myAssessments())
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(AssessmentStatus.NOT_STARTED));
    }

    @Test
    void an_executive_cannot_open_the_assign_view() {
        login("executive");

        UI.getCurrent().navigate("assign");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _get(AssignView.class))
                .hasMessageContaining("AccessDeniedException");
    }
}
