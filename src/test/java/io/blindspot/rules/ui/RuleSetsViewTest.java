package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.Stage;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.support.KaribuTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetsViewTest extends KaribuTest {

    @Test
    void hr_sees_the_live_version_and_the_published_versions() {
        login("hr");

        UI.getCurrent().navigate("rules");

        var view = _get(RuleSetsView.class);
        assertThat(view.engineState.getText()).isEqualTo("Version 1 is live.");
        var versions = view.versions.getGenericDataView().getItems().toList();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).author()).isEqualTo("file system");
        assertThat(versions.get(0).fileCount()).isGreaterThan(10);
    }

    @Test
    void a_refused_change_lists_each_problem_as_the_logs_write_it() {
        login("hr");
        UI.getCurrent().navigate("rules");
        var view = _get(RuleSetsView.class);
        var error = Diagnostic.error(Stage.COMPILE, "team.drl", 3, 5, "Unable to resolve TeamMembr");
        var warning = new Diagnostic("leader.drl", 7, 0, Stage.POLICY, "WARNING", "", "Unused import");

        view.showRejection(new RuleEngineStatus.Rejection(
                "rules/", Instant.parse("2026-12-01T10:00:00Z"), List.of(error, warning), List.of("seed-executives")));

        assertThat(view.problems.getChildren().map(c -> c.getElement().getText()))
                .containsExactly(error.toString(), warning.toString(), "Scenario seed-executives");
    }
}
