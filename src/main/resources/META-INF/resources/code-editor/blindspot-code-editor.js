/*
 * <blindspot-code-editor>: CodeMirror 5 (from its WebJar, loaded before this script) in a plain
 * custom element, driven by the Java component io.blindspot.rules.ui.editor.CodeEditor.
 *
 * Properties set by the server: value, mode (drl|dslr|dsl|yaml|text), debounce (ms), diagnostics
 * ([{line, column, severity, message}], 1-based), completions ([sentence]), readonly, label.
 * Events to the server: value-changed (after a pause in typing, on blur and before a shortcut),
 * save-shortcut (Ctrl/Cmd+S), check-shortcut (Ctrl/Cmd+Enter).
 *
 * Light DOM on purpose: CodeMirror 5 measures and selects text through the document, which a
 * shadow root breaks. No eval, no inline script or style attribute strings: works under a
 * Content-Security-Policy of script-src 'self'.
 */
(function () {
  'use strict';

  const CM = window.CodeMirror;
  if (!CM || !CM.modes['blindspot-drl']) {
    throw new Error('blindspot-code-editor: CodeMirror or blindspot-rule-modes.js did not load before this script');
  }

  const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || '');
  const MOD = IS_MAC ? '\u2318' : 'Ctrl+';
  const CM_MODES = { drl: 'blindspot-drl', dslr: 'blindspot-dslr', dsl: 'blindspot-dsl', yaml: 'yaml' };
  const LINT_SEVERITIES = { ERROR: 'error', WARNING: 'warning', INFO: 'info' };

  let nextId = 0;

  class BlindspotCodeEditor extends HTMLElement {
    constructor() {
      super();
      this._value = '';
      this._mode = 'text';
      this._debounce = 500;
      this._diagnostics = [];
      this._completions = [];
      this._readonly = false;
      this._label = '';
      this._timer = null;
      this._leaving = false;
      this._pendingJump = null;
      this._id = 'blindspot-code-editor-' + nextId++;
    }

    connectedCallback() {
      ['value', 'mode', 'debounce', 'diagnostics', 'completions', 'readonly', 'label'].forEach((p) =>
        this._upgradeProperty(p));
      if (!this._cm) {
        this._render();
      } else {
        this._cm.refresh();
      }
    }

    disconnectedCallback() {
      this._flush();
    }

    get value() {
      return this._cm ? this._cm.getValue() : this._value;
    }

    set value(value) {
      this._value = value == null ? '' : String(value);
      if (this._cm && this._cm.getValue() !== this._value) {
        this._cm.setValue(this._value);
        // A new text is a new file: undo must not go back into the previous one.
        this._cm.clearHistory();
        this._showDiagnostics();
      }
    }

    get mode() {
      return this._mode;
    }

    set mode(mode) {
      this._mode = mode || 'text';
      if (this._cm) {
        this._cm.setOption('mode', CM_MODES[this._mode] || 'text/plain');
        this._renderKeys();
      }
    }

    get debounce() {
      return this._debounce;
    }

    set debounce(ms) {
      this._debounce = Math.max(0, Number(ms) || 0);
    }

    get diagnostics() {
      return this._diagnostics;
    }

    set diagnostics(diagnostics) {
      this._diagnostics = Array.isArray(diagnostics) ? diagnostics : [];
      this._showDiagnostics();
    }

    get completions() {
      return this._completions;
    }

    set completions(completions) {
      this._completions = Array.isArray(completions) ? completions.map(String) : [];
    }

    get readonly() {
      return this._readonly;
    }

    set readonly(readonly) {
      this._readonly = !!readonly;
      this.toggleAttribute('readonly', this._readonly);
      if (this._cm) this._cm.setOption('readOnly', this._readonly);
    }

    get label() {
      return this._label;
    }

    set label(label) {
      this._label = label || '';
      if (this._labelElement) this._renderLabel();
    }

    /** The CodeMirror instance, for tests and for the workbench's own keyboard handling. */
    get codeMirror() {
      return this._cm;
    }

    focus() {
      if (this._cm) this._cm.focus();
    }

    /** Cursor to line and column (1-based; column 0 = start of line), scrolled into view, focused. */
    jumpTo(line, column) {
      if (!this._cm) {
        this._pendingJump = [line, column];
        return;
      }
      const doc = this._cm.getDoc();
      const lineIndex = clamp(line - 1, 0, doc.lastLine());
      const ch = column > 0 ? Math.min(column - 1, doc.getLine(lineIndex).length) : 0;
      this._cm.getWrapperElement().scrollIntoView({ block: 'nearest' });
      this._cm.focus();
      this._cm.setCursor({ line: lineIndex, ch: ch });
      this._cm.scrollIntoView({ line: lineIndex, ch: ch }, 60);
    }

    _render() {
      this._labelElement = document.createElement('label');
      this._labelElement.className = 'code-editor-label';
      this._labelElement.id = this._id + '-label';
      this._labelElement.addEventListener('click', () => this.focus());
      const frame = document.createElement('div');
      frame.className = 'code-editor-frame';
      this._keysElement = document.createElement('div');
      this._keysElement.className = 'code-editor-keys';
      this._keysElement.id = this._id + '-keys';
      this.append(this._labelElement, frame, this._keysElement);

      this._cm = CM(frame, {
        value: this._value,
        mode: CM_MODES[this._mode] || 'text/plain',
        readOnly: this._readonly,
        lineNumbers: true,
        indentUnit: 4,
        tabSize: 4,
        indentWithTabs: false,
        inputStyle: 'contenteditable',
        gutters: ['CodeMirror-linenumbers', 'CodeMirror-lint-markers'],
        // The lint addon shows diagnostics; they come from the server's check, never from typing.
        lint: { getAnnotations: (text, options, cm) => this._annotations(cm), lintOnChange: false },
        extraKeys: this._keys(),
      });
      this._cm.getInputField().setAttribute('aria-describedby', this._keysElement.id);
      this._cm.getInputField().setAttribute('aria-multiline', 'true');
      this._cm.on('change', (cm, change) => {
        if (change.origin !== 'setValue') this._scheduleValueChange();
      });
      this._cm.on('blur', () => this._flush());
      this._cm.on('keydown', (cm, event) => this._leaveOnEscapeTab(event));
      new ResizeObserver(() => this._cm.refresh()).observe(frame);

      this._renderLabel();
      this._renderKeys();
      this._showDiagnostics();
      if (this._pendingJump) {
        this.jumpTo(...this._pendingJump);
        this._pendingJump = null;
      }
    }

    _renderLabel() {
      this._labelElement.textContent = this._label;
      this._labelElement.hidden = !this._label;
      this._cm.setOption('screenReaderLabel', this._label || 'Code editor');
    }

    _renderKeys() {
      const keys = [MOD + 'S saves', MOD + 'Enter checks'];
      if (this._mode === 'dslr') keys.push('Ctrl+Space suggests a sentence');
      keys.push('Tab indents', 'Esc then Tab leaves the editor');
      this._keysElement.textContent = keys.join(' \u00b7 ');
    }

    _keys() {
      const save = () => this._shortcut('save-shortcut');
      const check = () => this._shortcut('check-shortcut');
      return {
        'Ctrl-S': save,
        'Cmd-S': save,
        'Ctrl-Enter': check,
        'Cmd-Enter': check,
        'Ctrl-Space': (cm) => this._complete(cm),
        Tab: (cm) => cm.execCommand(cm.somethingSelected() ? 'indentMore' : 'insertSoftTab'),
        'Shift-Tab': 'indentLess',
      };
    }

    /** Tab indents inside the editor; after Escape, Tab and Shift+Tab move the focus on as usual. */
    _leaveOnEscapeTab(event) {
      if (event.key === 'Escape') {
        this._leaving = true;
      } else if (event.key === 'Tab' && this._leaving) {
        event.codemirrorIgnore = true;
        this._leaving = false;
      } else if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
        this._leaving = false;
      }
    }

    _scheduleValueChange() {
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this._flush(), this._debounce);
    }

    /** Sends pending typing now; Vaadin reads the value property when it sees value-changed. */
    _flush() {
      if (this._timer === null) return;
      clearTimeout(this._timer);
      this._timer = null;
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
    }

    _shortcut(eventName) {
      this._flush();
      this.dispatchEvent(new CustomEvent(eventName, { bubbles: true }));
    }

    _showDiagnostics() {
      if (this._cm) this._cm.performLint();
    }

    /** The diagnostics as lint annotations: the line's marker, the underline from the column on. */
    _annotations(cm) {
      const doc = cm.getDoc();
      return this._diagnostics.map((d) => {
        const line = clamp(d.line - 1, 0, doc.lastLine());
        const range = underline(cm, line, d.column);
        return {
          from: CM.Pos(line, range[0]),
          to: CM.Pos(line, range[1]),
          severity: LINT_SEVERITIES[d.severity] || 'error',
          message: d.message,
        };
      });
    }

    _complete(cm) {
      if (this._mode !== 'dslr' || this._completions.length === 0) return;
      cm.showHint({
        hint: () => this._hints(cm),
        completeSingle: false,
        // Sentences have spaces and punctuation: only a new line ends the completion.
        closeCharacters: /[\n\r]/,
      });
    }

    /** The sentences that contain what is typed on the line, those that start with it first. */
    _hints(cm) {
      const cursor = cm.getCursor();
      const before = cm.getLine(cursor.line).slice(0, cursor.ch);
      const indent = before.search(/\S|$/);
      const typed = before.slice(indent).toLowerCase();
      const starting = [];
      const containing = [];
      for (const sentence of this._completions) {
        const at = sentence.toLowerCase().indexOf(typed);
        if (at === 0) starting.push(sentence);
        else if (at > 0) containing.push(sentence);
      }
      const result = {
        list: starting.concat(containing),
        from: CM.Pos(cursor.line, indent),
        to: cursor,
      };
      CM.on(result, 'pick', (picked) => selectFirstPlaceholder(cm, cursor.line, indent, picked));
      return result;
    }

    /** Vaadin may set a property before this class is defined; take it over from the plain object. */
    _upgradeProperty(name) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  /** After a sentence is picked its first {placeholder} is selected, so typing fills it in. */
  function selectFirstPlaceholder(cm, line, start, sentence) {
    const open = sentence.indexOf('{');
    const close = open < 0 ? -1 : sentence.indexOf('}', open);
    if (close > open) {
      cm.setSelection(CM.Pos(line, start + open), CM.Pos(line, start + close + 1));
    }
  }

  /** From the column to the end of the token there, or the line's text when the column is unknown. */
  function underline(cm, line, column) {
    const text = cm.getLine(line);
    const start = column - 1;
    if (column < 1 || start >= text.length || /\s/.test(text.charAt(start))) {
      const first = text.search(/\S/);
      return first < 0 ? [0, text.length] : [first, text.length];
    }
    const token = cm.getTokenAt(CM.Pos(line, start + 1), true);
    if (token && token.type && token.end > start && token.start <= start) {
      return [start, token.end];
    }
    const word = /[\w$]/.test(text.charAt(start)) ? /^[\w$]+/ : /^[^\s\w$]+/;
    return [start, start + text.slice(start).match(word)[0].length];
  }

  function clamp(value, min, max) {
    return Math.min(Math.max(value, min), max);
  }

  customElements.define('blindspot-code-editor', BlindspotCodeEditor);
})();
