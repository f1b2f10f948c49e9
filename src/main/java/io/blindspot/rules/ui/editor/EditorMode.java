package io.blindspot.rules.ui.editor;

import java.util.Locale;

/**
 * How the editor highlights a file, chosen by its name. The names are the CodeMirror modes the
 * custom element defines or loads.
 */
public enum EditorMode {
    /** Drools rule language: keywords, strings, comments, {@code $bindings}, fact types. */
    DRL("drl"),
    /** Rules in business language: DRL keywords plus the DSL sentences, which are offered as completions. */
    DSLR("dslr"),
    /** The DSL mapping file: {@code [when]}/{@code [then]} scopes, {@code {placeholders}}, the {@code =} split. */
    DSL("dsl"),
    /** {@code parameters.yaml} and {@code scenarios/*.yaml}. */
    YAML("yaml"),
    /** Anything else: no highlighting. */
    PLAIN("text");

    private final String codeMirrorName;

    EditorMode(String codeMirrorName) {
        this.codeMirrorName = codeMirrorName;
    }

    /** The mode's name in the browser, e.g. {@code drl}. */
    public String codeMirrorName() {
        return codeMirrorName;
    }

    /**
     * The mode for a file in the rule set, by its extension: {@code .drl}, {@code .dslr},
     * {@code .dsl}, {@code .yaml} or {@code .yml}; {@link #PLAIN} for anything else.
     */
    public static EditorMode forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".drl")) {
            return DRL;
        }
        if (name.endsWith(".dslr")) {
            return DSLR;
        }
        if (name.endsWith(".dsl")) {
            return DSL;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        return PLAIN;
    }
}
