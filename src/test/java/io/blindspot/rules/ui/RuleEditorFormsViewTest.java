package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.rules.ui.editor.EditorMode;
import io.blindspot.rules.workbench.RuleWorkbench;
import io.blindspot.support.KaribuTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The rule editor's business-language rules, parameters form and fact-model meanings, on their own
 * database (the tests change drafts).
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:rule-editor-forms;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@DirtiesContext
class RuleEditorFormsViewTest extends KaribuTest {

    static final String DSLR = "missing-style.dslr";

    @Autowired
    RuleWorkbench workbench;

    @Autowired
    RulePublishing publishing;

    @Test
    void a_dslr_file_offers_the_dsl_sentences_as_completions_and_a_drl_file_none() {
        var view = open();

        view.open(DSLR);
        assertThat(view.editor.getMode()).isEqualTo(EditorMode.DSLR);
        assertThat(view.editor.getCompletions())
                .contains(
                        "there is enough sound data",
                        "nobody is high in {scale}",
                        "flag blind spot {code} with severity {severity} titled {title}",
                        "- with evidence {name}: {value}",
                        "recommend for the team: {action}; first step: {step}; every {cadence}");

        view.open("team-composition.drl");
        assertThat(view.editor.getCompletions()).isEmpty();
        discard();
    }

    @Test
    void check_marks_a_sentence_the_dsl_does_not_know_at_its_dslr_line() {
        var view = open();
        view.open(DSLR);
        var lines = new java.util.ArrayList<>(List.of(view.editor.getValue().split("\n", -1)));
        int line = lines.indexOf("    nobody is high in S") + 1;
        assertThat(line).isPositive();
        lines.set(line - 1, "    nobody is hihg in S");
        _setValue(view.editor, String.join("\n", lines));

        view.check.click();

        assertThat(view.checkSummary.getText()).startsWith("Check failed");
        assertThat(view.editor.getDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.message()).startsWith("PARSE: no sentence of the DSL matches \"nobody is hihg in S\"");
        });
        assertThat(view.problems.getProblems().get(0).file()).isEqualTo(DSLR);
        discard();
    }

    @Test
    void the_parameters_form_writes_a_valid_change_into_the_drafts_yaml_in_place() {
        var view = open();
        int live = liveVersion();
        view.check.click();
        assertThat(view.checkSummary.getText()).startsWith("Check passed");
        view.tabs.setSelectedIndex(3);
        var high = view.parametersForm.fields.get("high");
        assertThat(high.getValue()).isEqualByComparingTo("65");
        assertThat(high.getHelperText()).contains("counts as high", "Allowed: from 0 to 100", "shipped 65");

        _setValue(high, new BigDecimal("70"));

        assertThat(high.isInvalid()).isFalse();
        assertThat(view.checkSummary.getText())
                .as("a change in the form makes the shown check out of date")
                .startsWith("Changed since the last check, which passed");
        String yaml = workbench.draft("hr").files().get("parameters.yaml");
        assertThat(yaml).contains("\nhigh: 70\n", "# Scale scores run 0-100.").doesNotContain("high: 65");
        assertThat(liveVersion()).as("nothing is published by the form").isEqualTo(live);
        // the text editor shows the same file
        view.tabs.setSelectedIndex(0);
        view.open("parameters.yaml");
        assertThat(view.editor.getValue()).contains("\nhigh: 70\n");
        discard();
    }

    @Test
    void the_parameters_form_shows_a_refused_value_at_its_field_and_keeps_it() {
        var view = open();
        view.tabs.setSelectedIndex(3);
        var share = view.parametersForm.fields.get("uniformityShare");
        var low = view.parametersForm.fields.get("low");

        _setValue(share, new BigDecimal("1.5"));
        assertThat(share.isInvalid()).isTrue();
        assertThat(share.getErrorMessage()).contains("uniformityShare must be above 0, at most 1, was 1.5");
        _setValue(low, new BigDecimal("80"));

        assertThat(share.isInvalid()).isTrue();
        assertThat(share.getErrorMessage()).contains("must be above 0 and at most 1");
        assertThat(low.isInvalid()).isTrue();
        assertThat(low.getErrorMessage()).contains("low < high");
        String yaml = workbench.draft("hr").files().get("parameters.yaml");
        assertThat(yaml).as("what HR typed is kept in the draft").contains("uniformityShare: 1.5", "low: 80");

        _setValue(low, new BigDecimal("30"));
        assertThat(low.isInvalid()).isFalse();
        assertThat(share.isInvalid()).isTrue();

        view.parametersForm.checkAndPreview.click();
        assertThat(view.tabs.getSelectedIndex()).isZero();
        assertThat(view.checkSummary.getText()).startsWith("Check failed");
        assertThat(view.problems.getProblems())
                .anySatisfy(p -> assertThat(p.diagnostic().message()).contains("uniformityShare"));
        discard();
    }

    @Test
    void the_fact_model_panel_says_what_each_property_means() {
        var view = open();
        view.tabs.setSelectedIndex(2);

        String types = view.factModel.types.getElement().getTextRecursively();

        assertThat(types)
                .contains("relationshipFocus: double — Focus on people and relationships, (I + S) / 2, 0-100.")
                .contains("leader: boolean — True for the team's leader")
                .contains("highCount: int — How many members are high");
    }

    private RuleEditorView open() {
        login("hr");
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
