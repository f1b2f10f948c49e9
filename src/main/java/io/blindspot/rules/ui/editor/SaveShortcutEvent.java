package io.blindspot.rules.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/**
 * The author pressed Ctrl+S (Cmd+S on a Mac) in the editor; the browser's "save page" was
 * prevented. The editor's value already holds every keystroke typed before the shortcut.
 */
@DomEvent("save-shortcut")
public class SaveShortcutEvent extends ComponentEvent<CodeEditor> {

    public SaveShortcutEvent(CodeEditor source, boolean fromClient) {
        super(source, fromClient);
    }
}
