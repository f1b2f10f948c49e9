package io.blindspot.rules.ui.editor;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java side of the editor: what it sends to the element and what it makes of the element's events. */
class CodeEditorTest {

    final CodeEditor editor = new CodeEditor();

    @BeforeEach
    void attachToAUi() {
        MockVaadin.setup();
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_new_editor_is_empty_plain_text_that_sends_typing_after_half_a_second() {
        assertThat(editor.getValue()).isEmpty();
        assertThat(editor.getMode()).isEqualTo(EditorMode.PLAIN);
        assertThat(editor.getElement().getProperty("mode")).isEqualTo("text");
        assertThat(editor.getElement().getProperty("debounce", 0)).isEqualTo(500);
        assertThat(editor.getElement().getPropertyRaw("diagnostics").toString()).isEqualTo("[]");
    }

    @Test
    void the_server_sets_the_text_through_the_value_property_and_refuses_null() {
        editor.setValue("rule \"x\"\nend\n");

        assertThat(editor.getElement().getProperty("value")).isEqualTo("rule \"x\"\nend\n");
        assertThatThrownBy(() -> editor.setValue(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("use \"\" for an empty file");
        assertThat(editor.getValue()).isEqualTo("rule \"x\"\nend\n");
    }

    @Test
    void typing_synchronised_by_the_element_arrives_as_a_value_change_from_the_client() throws Exception {
        var changes = new ArrayList<ComponentValueChangeEvent<CodeEditor, String>>();
        editor.addValueChangeListener(changes::add);

        // What Flow does when the element fires value-changed: it may do so only for a synchronised property.
        editor.getElement()
                .getNode()
                .getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("value", "typed text")
                .run();

        assertThat(editor.getValue()).isEqualTo("typed text");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.isFromClient()).isTrue();
            assertThat(change.getOldValue()).isEmpty();
            assertThat(change.getValue()).isEqualTo("typed text");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "team-composition.drl,        DRL,   drl",
        "plain-english.dslr,          DSLR,  dslr",
        "blindspot.dsl,               DSL,   dsl",
        "parameters.yaml,             YAML,  yaml",
        "scenarios/Seed-Case.YML,     YAML,  yaml",
        "README.md,                   PLAIN, text"
    })
    void the_file_name_chooses_the_highlighting(String fileName, EditorMode mode, String inBrowser) {
        editor.setFileName(fileName);

        assertThat(editor.getMode()).isEqualTo(mode);
        assertThat(editor.getElement().getProperty("mode")).isEqualTo(inBrowser);
    }

    @Test
    void diagnostics_reach_the_element_as_json_with_line_column_severity_and_message() throws Exception {
        editor.setDiagnostics(List.of(
                EditorDiagnostic.error(3, 5, "Unable to resolve the fact type TeamMembr"),
                new EditorDiagnostic(7, 0, EditorDiagnostic.Severity.INFO, "Say \"why\" in the title")));

        var json = new ObjectMapper()
                .readTree(editor.getElement().getPropertyRaw("diagnostics").toString());
        assertThat(json)
                .isEqualTo(
                        new ObjectMapper()
                                .readTree(
                                        """
                [{"line": 3, "column": 5, "severity": "ERROR", "message": "Unable to resolve the fact type TeamMembr"},
                 {"line": 7, "column": 0, "severity": "INFO", "message": "Say \\"why\\" in the title"}]
                """));
        assertThat(editor.getDiagnostics()).hasSize(2);
    }

    @Test
    void an_empty_list_clears_the_diagnostics_and_the_caller_cannot_change_them_behind_the_editors_back() {
        var diagnostics = new ArrayList<>(List.of(EditorDiagnostic.warning(1, 1, "Unused")));
        editor.setDiagnostics(diagnostics);
        diagnostics.clear();
        assertThat(editor.getDiagnostics()).hasSize(1);

        editor.setDiagnostics(List.of());

        assertThat(editor.getDiagnostics()).isEmpty();
        assertThat(editor.getElement().getPropertyRaw("diagnostics").toString()).isEqualTo("[]");
    }

    @Test
    void completions_reach_the_element_as_a_json_array_of_sentences() {
        editor.setCompletions(List.of("nobody is high in {scale}", "the leader's relationship focus is low"));

        assertThat(editor.getElement().getPropertyRaw("completions").toString())
                .isEqualTo("[\"nobody is high in {scale}\",\"the leader's relationship focus is low\"]");
        assertThat(editor.getCompletions()).hasSize(2);
    }

    @Test
    void the_debounce_is_configurable_within_a_minute() {
        editor.setValueChangeDebounce(Duration.ofMillis(1200));
        assertThat(editor.getElement().getProperty("debounce", 0)).isEqualTo(1200);
        assertThat(editor.getValueChangeDebounce()).isEqualTo(Duration.ofMillis(1200));

        assertThatThrownBy(() -> editor.setValueChangeDebounce(Duration.ofMillis(-1)))
                .hasMessageContaining("between 0 and 60 seconds");
        assertThatThrownBy(() -> editor.setValueChangeDebounce(Duration.ofSeconds(61)))
                .hasMessageContaining("between 0 and 60 seconds");
        assertThat(editor.getValueChangeDebounce()).isEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void read_only_label_and_jump_reach_the_element() {
        editor.setReadOnly(true);
        editor.setLabel("leader.drl");
        editor.jumpTo(3, 5);

        assertThat(editor.getElement().getProperty("readonly", false)).isTrue();
        assertThat(editor.getElement().getProperty("label")).isEqualTo("leader.drl");
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        var calls = internals.dumpPendingJavaScriptInvocations();
        assertThat(calls).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("jumpTo");
            assertThat(call.getInvocation().getParameters()).endsWith(3, 5);
        });
        assertThatThrownBy(() -> editor.jumpTo(0, 1)).hasMessage("Cannot jump to line 0, column 1");
    }

    @Test
    void the_save_and_check_shortcuts_arrive_as_their_own_events() {
        var saves = new ArrayList<SaveShortcutEvent>();
        var checks = new ArrayList<CheckShortcutEvent>();
        editor.addSaveShortcutListener(saves::add);
        editor.addCheckShortcutListener(checks::add);

        _fireDomEvent(editor, "save-shortcut");
        _fireDomEvent(editor, "save-shortcut");
        _fireDomEvent(editor, "check-shortcut");

        assertThat(saves).hasSize(2).allSatisfy(save -> assertThat(save.isFromClient())
                .isTrue());
        assertThat(checks).singleElement().satisfies(check -> assertThat(check.getSource())
                .isSameAs(editor));
    }

    @Test
    void the_strict_csp_test_page_loads_the_same_files_in_the_same_order() throws Exception {
        String page;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/test/code-editor-csp.html")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var loaded = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"")
                .matcher(page)
                .results()
                .map(match -> match.group(1))
                .toList();

        var stylesFirst = Stream.concat(
                        Stream.of(CodeEditor.class.getAnnotationsByType(StyleSheet.class))
                                .map(StyleSheet::value),
                        Stream.of(CodeEditor.class.getAnnotationsByType(JavaScript.class))
                                .map(JavaScript::value))
                .map(url -> url.substring("context:/".length()))
                .toList();
        assertThat(loaded).containsExactlyElementsOf(stylesFirst);
    }

    @Test
    void every_script_and_stylesheet_the_editor_loads_is_on_the_classpath() {
        var urls = Stream.concat(
                        Stream.of(CodeEditor.class.getAnnotationsByType(JavaScript.class))
                                .map(JavaScript::value),
                        Stream.of(CodeEditor.class.getAnnotationsByType(StyleSheet.class))
                                .map(StyleSheet::value))
                .toList();

        assertThat(urls).hasSize(11).allSatisfy(url -> {
            assertThat(url).startsWith("context://");
            String resource = "META-INF/resources/" + url.substring("context://".length());
            assertThat(getClass().getClassLoader().getResource(resource))
                    .as("%s is served (a WebJar version in pom.xml that differs from CodeEditor.CODEMIRROR?)", resource)
                    .isNotNull();
        });
    }
}
