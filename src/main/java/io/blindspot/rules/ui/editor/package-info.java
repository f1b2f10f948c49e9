/**
 * The in-page code editor for rule files: {@link io.blindspot.rules.ui.editor.CodeEditor} wraps
 * CodeMirror 5 (served from its WebJar, no frontend bundle) in the plain-JavaScript custom element
 * {@code <blindspot-code-editor>}, and {@link io.blindspot.rules.ui.editor.ProblemsList} lists a
 * check's diagnostics so the author can jump to each one. Both know nothing of the rule engine: the
 * workbench maps its diagnostics to {@link io.blindspot.rules.ui.editor.EditorDiagnostic} and
 * {@link io.blindspot.rules.ui.editor.Problem}.
 */
package io.blindspot.rules.ui.editor;
