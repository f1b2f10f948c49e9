package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.live.CheckMode;
import io.blindspot.rules.live.RuleFileChange;
import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.rules.workbench.RuleWorkbench;
import io.blindspot.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The rule editor's server side on its own database (it publishes versions, which other view tests
 * must not see): drafts, check, publish, conflict, history, rollback and who may open it.
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:rule-editor;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@DirtiesContext
class RuleEditorViewTest extends KaribuTest {

    static final String FILE = "team-composition.drl";

    @Autowired
    RulePublishing publishing;

    @Autowired
    RuleWorkbench workbench;

    @Autowired
    AuditTrail audit;

    @Test
    void typing_saves_a_draft_on_the_server_that_names_its_live_version_and_survives_a_new_page() {
        var view = open("hr");
        int live = liveVersion();
        view.open(FILE);

        _setValue(view.editor, view.editor.getValue() + "\n// a note from HR\n");

        assertThat(view.draftState.getText()).contains("based on version " + live, "saved");
        UI.getCurrent().navigate("");
        var again = open("hr");
        again.open(FILE);
        assertThat(again.editor.getValue()).endsWith("// a note from HR\n");
        assertThat(again.draft().baseVersion()).isEqualTo(live);
        discard();
    }

    @Test
    void check_marks_a_syntax_error_at_its_line_and_publishes_nothing() {
        var view = open("hr");
        int live = liveVersion();
        view.open(FILE);
        var lines = new java.util.ArrayList<>(List.of(view.editor.getValue().split("\n", -1)));
        lines.set(13, "rule \"Uniform task dominance\" (((");
        _setValue(view.editor, String.join("\n", lines));

        view.check.click();

        assertThat(view.checkSummary.getText()).startsWith("Check failed");
        assertThat(view.problems.getProblems()).isNotEmpty();
        assertThat(view.problems.getProblems().get(0).file()).isEqualTo(FILE);
        assertThat(view.editor.getDiagnostics())
                .anySatisfy(d -> assertThat(d.line()).isEqualTo(14));
        assertThat(liveVersion()).isEqualTo(live);
        discard();
    }

    @Test
    void a_passed_check_is_marked_out_of_date_as_soon_as_the_text_changes() {
        var view = open("hr");
        view.open(FILE);
        view.check.click();
        assertThat(view.checkSummary.getText()).startsWith("Check passed");

        _setValue(view.editor, view.editor.getValue() + "\n// changed after the check\n");

        assertThat(view.checkSummary.getText())
                .doesNotContain("Check passed")
                .startsWith("Changed since the last check, which passed");
        assertThat(view.checkSummary.getClassNames()).containsExactly("check-stale");
        view.check.click();
        assertThat(view.checkSummary.getText()).startsWith("Check passed");
        discard();
    }

    @Test
    void a_failing_scenario_shows_what_it_expected_and_what_the_rules_raised() {
        var view = open("hr");
        view.open("parameters.yaml");
        _setValue(view.editor, view.editor.getValue().replace("high: 65", "high: 99"));

        view.check.click();

        assertThat(view.checkSummary.getText()).contains("failed scenario");
        assertThat(view.scenarios.getElement().getTextRecursively()).contains("Expected:", "Actual:");
        discard();
    }

    @Test
    void publish_needs_a_comment_then_stores_the_draft_as_the_next_version_by_its_author() {
        var view = open("hr");
        int live = liveVersion();
        view.open(FILE);
        _setValue(view.editor, view.editor.getValue() + "\n// published from the editor\n");

        view.publish.click();
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(liveVersion()).isEqualTo(live);

        view.comment.setValue("A note for the next reader");
        view.publish.click();

        var newest = publishing.live().orElseThrow();
        assertThat(newest.version()).isEqualTo(live + 1);
        assertThat(newest.author()).isEqualTo("hr");
        assertThat(newest.source()).isEqualTo("EDITOR");
        assertThat(newest.comment()).isEqualTo("A note for the next reader");
        assertThat(newest.files().get(FILE)).endsWith("// published from the editor\n");
        assertThat(view.draft().baseVersion()).isEqualTo(live + 1);
        assertThat(view.draft().savedAt()).as("the published draft is gone").isNull();
    }

    @Test
    void a_publish_after_someone_else_published_is_a_conflict_with_three_versions_and_overwrites_nothing() {
        var view = open("hr");
        int base = liveVersion();
        view.open(FILE);
        _setValue(view.editor, view.editor.getValue() + "\n// mine\n");
        var theirs = publishing.live().orElseThrow().files().get(FILE) + "\n// theirs\n";
        publishing.publish(List.of(new RuleFileChange(FILE, theirs)), CheckMode.OVERLAY, base, "their change", "admin");

        view.comment.setValue("my change");
        view.publish.click();

        assertThat(liveVersion()).isEqualTo(base + 1);
        assertThat(publishing.live().orElseThrow().files().get(FILE)).endsWith("// theirs\n");
        String shown = view.conflict.getElement().getTextRecursively();
        assertThat(shown)
                .contains("version " + (base + 1) + " was published", "base (version " + base + ")", "theirs", "yours")
                .contains("// mine", "// theirs");
        assertThat(workbench.draft("hr").files().get(FILE)).endsWith("// mine\n");
        discard();
    }

    @Test
    void history_shows_every_version_compares_two_side_by_side_and_rolls_back_as_a_new_version() {
        var view = open("hr");
        view.open(FILE);
        _setValue(view.editor, view.editor.getValue() + "\n// to be rolled back\n");
        view.comment.setValue("temporary");
        view.publish.click();
        int changed = liveVersion();

        view.tabs.setSelectedIndex(1);
        var history = view.history;
        assertThat(history.versions.getGenericDataView().getItems().map(RuleVersion::version))
                .contains(changed, changed - 1);
        history.from.setValue(changed - 1);
        history.to.setValue(changed);
        history.compare.click();
        assertThat(history.diff.getElement().getTextRecursively())
                .contains(FILE, "version " + (changed - 1), "// to be rolled back");

        history.versions.select(history.versions
                .getGenericDataView()
                .getItems()
                .filter(v -> v.version() == changed - 1)
                .findFirst()
                .orElseThrow());
        history.rollbackComment.setValue("undo the temporary note");
        history.rollback.click();

        var live = publishing.live().orElseThrow();
        assertThat(live.version()).isEqualTo(changed + 1);
        assertThat(live.files().get(FILE)).doesNotContain("// to be rolled back");
        assertThat(history.outcome.getText()).contains("version " + (changed + 1), "is live");
    }

    @Test
    void drafts_and_checks_are_audited() {
        var view = open("admin");
        view.open(FILE);
        _setValue(view.editor, view.editor.getValue() + "\n// audited\n");
        view.check.click();

        assertThat(audit.latest())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("RULES_DRAFT_STARTED"))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("RULES_DRAFT_CHECKED"));
        view.discard.click();
        assertThat(audit.latest()).anySatisfy(e -> assertThat(e.action()).isEqualTo("RULES_DRAFT_DISCARDED"));
    }

    @Test
    void the_impact_preview_lists_the_demo_team_whose_findings_a_threshold_change_alters() {
        var view = open("hr");
        view.open("parameters.yaml");
        _setValue(view.editor, view.editor.getValue().replace("minimumTeamSize: 3", "minimumTeamSize: 6"));

        view.previewImpact.click();

        String shown = view.impact.getElement().getTextRecursively();
        assertThat(shown)
                .contains("of 2 teams would see different findings")
                .contains("Product leadership", "INSUFFICIENT_DATA appears")
                .doesNotContain("Sales leadership");
        discard();
    }

    @Test
    void the_fact_model_panel_is_read_from_the_code_and_shows_the_drafts_params() {
        var view = open("hr");
        view.open("parameters.yaml");
        _setValue(view.editor, view.editor.getValue().replace("high: 65", "high: 66"));

        view.tabs.setSelectedIndex(2);

        String types = view.factModel.types.getElement().getTextRecursively();
        for (var component : io.blindspot.rules.facts.TeamMember.class.getRecordComponents()) {
            assertThat(types).contains(component.getName() + ": ");
        }
        assertThat(types).contains("Finding", "Severity", "HIGH");
        assertThat(view.factModel.parameters.getElement().getTextRecursively())
                .contains("params.high = 66", "params.low = 35");
        discard();
    }

    @Test
    void an_executive_cannot_open_the_editor_nor_use_its_service() {
        login("executive");
        UI.getCurrent().navigate("rules/edit");
        assertThatThrownBy(() -> _get(RuleEditorView.class)).hasMessageContaining("AccessDeniedException");
        assertThatThrownBy(() -> workbench.draft("executive"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_facilitator_cannot_open_the_editor_nor_use_its_service() {
        login("facilitator");
        UI.getCurrent().navigate("rules/edit");
        assertThatThrownBy(() -> _get(RuleEditorView.class)).hasMessageContaining("AccessDeniedException");
        assertThatThrownBy(() -> workbench.draft("facilitator"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private RuleEditorView open(String user) {
        login(user);
        UI.getCurrent().navigate("rules/edit");
        return _get(RuleEditorView.class);
    }

    private int liveVersion() {
        return publishing.live().map(RuleVersion::version).orElse(0);
    }

    private void discard() {
        _get(RuleEditorView.class).discard.click();
    }
}
