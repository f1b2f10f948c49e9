package io.blindspot.rules.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/**
 * The author pressed Ctrl+Enter (Cmd+Enter on a Mac) in the editor to check the rule set. The
 * editor's value already holds every keystroke typed before the shortcut.
 */
@DomEvent("check-shortcut")
public class CheckShortcutEvent extends ComponentEvent<CodeEditor> {

    public CheckShortcutEvent(CodeEditor source, boolean fromClient) {
        super(source, fromClient);
    }
}
