package io.blindspot.rules.ui.editor;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A code editor for one rule file: CodeMirror 5 in the page, wrapped in the custom element
 * {@code <blindspot-code-editor>} ({@code META-INF/resources/code-editor/}).
 *
 * <p>The value is the file's text. Typing reaches the server as a value change after a pause
 * ({@link #setValueChangeDebounce}); leaving the editor, Ctrl/Cmd+S and Ctrl/Cmd+Enter send the
 * pending text at once, before their own event, so a save or check always sees every keystroke.
 *
 * <p>Keyboard: Ctrl/Cmd+S fires {@link SaveShortcutEvent} (the browser's "save page" is prevented),
 * Ctrl/Cmd+Enter fires {@link CheckShortcutEvent}, Ctrl+Space offers the {@link #setCompletions
 * completions} in {@code .dslr} files, Tab indents, and Escape then Tab leaves the editor. The
 * element shows these keys under the editor.
 *
 * <p>The diagnostics of the last check show as gutter markers (message as tooltip) and underlines;
 * they stay on their text while the author edits, and are shown anew when the server sets the
 * value. Set them again for each file the editor opens.
 */
@Tag("blindspot-code-editor")
@JavaScript(CodeEditor.CODEMIRROR + "lib/codemirror.js")
@JavaScript(CodeEditor.CODEMIRROR + "addon/mode/simple.js")
@JavaScript(CodeEditor.CODEMIRROR + "addon/hint/show-hint.js")
@JavaScript(CodeEditor.CODEMIRROR + "addon/lint/lint.js")
@JavaScript(CodeEditor.CODEMIRROR + "mode/yaml/yaml.js")
@JavaScript("context://code-editor/blindspot-rule-modes.js")
@JavaScript("context://code-editor/blindspot-code-editor.js")
@StyleSheet(CodeEditor.CODEMIRROR + "lib/codemirror.css")
@StyleSheet(CodeEditor.CODEMIRROR + "addon/hint/show-hint.css")
@StyleSheet(CodeEditor.CODEMIRROR + "addon/lint/lint.css")
@StyleSheet("context://code-editor/blindspot-code-editor.css")
public class CodeEditor extends AbstractSinglePropertyField<CodeEditor, String> implements HasLabel, HasSize {

    /** Where the CodeMirror WebJar serves its files; the version must match the one in pom.xml. */
    static final String CODEMIRROR = "context://webjars/codemirror/5.65.16/";

    /** Long enough to send one request per burst of typing, short enough that a closed tab loses little. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EditorMode mode = EditorMode.PLAIN;
    private Duration debounce = DEFAULT_DEBOUNCE;
    private List<EditorDiagnostic> diagnostics = List.of();
    private List<String> completions = List.of();

    public CodeEditor() {
        super("value", "", false);
        setMode(EditorMode.PLAIN);
        setValueChangeDebounce(DEFAULT_DEBOUNCE);
        setDiagnostics(List.of());
        setCompletions(List.of());
    }

    /**
     * Replaces the text, as when a file is opened: the undo history starts afresh and the current
     * diagnostics are shown on the new text.
     *
     * @throws NullPointerException for {@code null}; an empty file is {@code ""}
     */
    @Override
    public void setValue(String value) {
        super.setValue(Objects.requireNonNull(value, "The editor's value is text; use \"\" for an empty file"));
    }

    /** Highlights the text as the given kind of file. */
    public void setMode(EditorMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        getElement().setProperty("mode", mode.codeMirrorName());
    }

    public EditorMode getMode() {
        return mode;
    }

    /**
     * Chooses the highlighting by the file's name: {@code .drl}, {@code .dslr}, {@code .dsl},
     * {@code .yaml}/{@code .yml}, anything else plain.
     */
    public void setFileName(String fileName) {
        setMode(EditorMode.forFileName(fileName));
    }

    /**
     * How long typing must pause before the text is sent to the server as a value change. Leaving
     * the editor and the save and check shortcuts send it at once.
     *
     * @throws IllegalArgumentException when negative or over a minute (a draft would lose too much)
     */
    public void setValueChangeDebounce(Duration debounce) {
        if (debounce.isNegative() || debounce.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("The debounce must be between 0 and 60 seconds, was " + debounce);
        }
        this.debounce = debounce;
        getElement().setProperty("debounce", (double) debounce.toMillis());
    }

    public Duration getValueChangeDebounce() {
        return debounce;
    }

    /**
     * Shows these diagnostics, replacing the previous ones: a gutter marker on each line with the
     * messages as tooltip (several on one line share a marker) and an underline from the column
     * to the end of the word, or the whole line when the column is 0. An empty list clears them.
     */
    public void setDiagnostics(List<EditorDiagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
        getElement().setPropertyJson("diagnostics", diagnosticsJson(this.diagnostics));
    }

    public List<EditorDiagnostic> getDiagnostics() {
        return diagnostics;
    }

    /**
     * The sentences Ctrl+Space offers in {@code .dslr} files, filtered by what is typed on the line
     * so far. A {@code {placeholder}} in a picked sentence is selected, so typing replaces it.
     */
    public void setCompletions(List<String> completions) {
        this.completions = List.copyOf(completions);
        ArrayNode json = JSON.createArrayNode();
        this.completions.forEach(json::add);
        getElement().setPropertyJson("completions", json);
    }

    public List<String> getCompletions() {
        return completions;
    }

    /**
     * Puts the cursor at this place, scrolls it into view and focuses the editor. Lines past the
     * end go to the last line, columns past the end of the line to its end.
     *
     * @param line 1-based
     * @param column 1-based; 0 for the start of the line
     */
    public void jumpTo(int line, int column) {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("Cannot jump to line " + line + ", column " + column);
        }
        getElement().callJsFunction("jumpTo", line, column);
    }

    /** Moves the keyboard focus into the editor. */
    public void focus() {
        getElement().callJsFunction("focus");
    }

    public Registration addSaveShortcutListener(ComponentEventListener<SaveShortcutEvent> listener) {
        return addListener(SaveShortcutEvent.class, listener);
    }

    public Registration addCheckShortcutListener(ComponentEventListener<CheckShortcutEvent> listener) {
        return addListener(CheckShortcutEvent.class, listener);
    }

    /** The diagnostics as the element reads them: {@code [{line, column, severity, message}]}. */
    static ArrayNode diagnosticsJson(List<EditorDiagnostic> diagnostics) {
        return JSON.valueToTree(diagnostics);
    }
}
