/*
 * Highlighting for the rule set's files in CodeMirror 5: blindspot-drl and blindspot-dslr with
 * CodeMirror's simple mode, blindspot-dsl (line based) as a small mode of its own. YAML uses
 * CodeMirror's yaml mode. Loaded after CodeMirror and its simple-mode addon, before
 * blindspot-code-editor.js.
 */
(function (CM) {
  'use strict';

  defineModes();

  function defineModes() {
    const comments = [
      { regex: /\/\/.*/, token: 'comment' },
      { regex: /#.*/, token: 'comment' },
      { regex: /\/\*/, token: 'comment', next: 'comment' },
    ];
    const strings = [
      { regex: /"(?:[^\\"]|\\.)*"?/, token: 'string' },
      { regex: /'(?:[^\\']|\\.)*'?/, token: 'string' },
    ];
    const structure =
      /(?:package|import|global|function|query|declare|rule|when|then|end|extends|salience|no-loop|lock-on-active|agenda-group|activation-group|ruleflow-group|auto-focus|dialect|enabled|date-effective|date-expires|timer|duration)\b/;
    const blockComment = [
      { regex: /.*?\*\//, token: 'comment', next: 'start' },
      { regex: /.*/, token: 'comment' },
    ];
    const meta = { lineComment: '//', blockCommentStart: '/*', blockCommentEnd: '*/', dontIndentStates: ['comment'] };

    CM.defineSimpleMode('blindspot-drl', {
      start: comments.concat(strings, [
        { regex: structure, token: 'keyword' },
        {
          regex: /(?:and|or|not|exists|forall|from|accumulate|collect|eval|over|entry-point|window|matches|memberOf|contains|soundslike|in|this)\b/,
          token: 'keyword',
        },
        { regex: /(?:insert|insertLogical|modify|update|retract|delete)\b/, token: 'builtin' },
        { regex: /(?:true|false|null)\b/, token: 'atom' },
        { regex: /-?\d+(?:\.\d+)?[lLdDfF]?\b/, token: 'number' },
        { regex: /\$[\w$]*/, token: 'variable-2' },
        { regex: /[A-Z][\w$]*/, token: 'type' },
        { regex: /[a-zA-Z_][\w$]*/, token: 'variable' },
        { regex: /[-+\/*=<>!&|%]+/, token: 'operator' },
        { regex: /[\{\[\(]/, indent: true },
        { regex: /[\}\]\)]/, dedent: true },
      ]),
      comment: blockComment,
      meta: meta,
    });

    // Business-language rules: the rule's frame in DRL, its lines in plain sentences. A '>' line
    // would pass raw DRL through, which the rule check refuses: shown as an error at once.
    CM.defineSimpleMode('blindspot-dslr', {
      start: comments.concat([
        { regex: /\s*>.*/, sol: true, token: 'error' },
        // Only at the start of a line, so 'end' or 'then' inside a sentence stay plain words.
        { regex: new RegExp('\\s*' + structure.source), sol: true, token: 'keyword' },
      ], strings, [
        { regex: /-?\d+(?:\.\d+)?%?/, token: 'number' },
        { regex: /[A-Za-z_][\w'-]*/, token: 'sentence' },
      ]),
      comment: blockComment,
      meta: meta,
    });

    CM.defineMode('blindspot-dsl', () => ({
      startState: () => ({ drlSide: false }),
      token: tokenDslLine,
      lineComment: '#',
    }));
  }

  /** A DSL line: [scope][type]sentence with {placeholders}=the DRL it expands to. */
  function tokenDslLine(stream, state) {
    if (stream.sol()) {
      state.drlSide = false;
      if (stream.match(/^\s*(?:#|\/\/).*/)) return 'comment';
    }
    if (stream.match(/^\{[^}]*\}/)) return 'variable-2';
    if (!state.drlSide) {
      if (stream.match(/^\[(?:when|then|condition|consequence|keyword|\*)\]/)) return 'keyword';
      if (stream.match(/^\[[^\]]*\]/)) return 'meta';
      if (stream.match(/^\\=/)) return 'sentence';
      if (stream.eat('=')) {
        state.drlSide = true;
        return 'operator';
      }
      stream.next();
      stream.eatWhile(/[^\[{=\\]/);
      return 'sentence';
    }
    if (stream.match(/^"(?:[^\\"]|\\.)*"?/)) return 'string';
    if (stream.match(/^\$[\w$]*/)) return 'variable-2';
    if (stream.match(/^-?\d+(?:\.\d+)?/)) return 'number';
    if (stream.match(/^[A-Z][\w$]*/)) return 'type';
    if (stream.match(/^[a-zA-Z_][\w$]*/)) return null;
    stream.next();
    return null;
  }
})(window.CodeMirror);
