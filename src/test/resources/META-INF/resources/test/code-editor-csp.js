// Sets the element up as the Java component would, through its properties.
const editor = document.getElementById('editor');
editor.label = 'plain-english.dslr';
editor.mode = 'dslr';
editor.value = 'rule "Nobody steady"\nwhen\n    nobody is hihg in S\nthen\nend\n';
editor.completions = ['nobody is high in {scale}', 'the leader\'s relationship focus is low'];
editor.diagnostics = [
  { line: 3, column: 15, severity: 'ERROR', message: 'No sentence matches "nobody is hihg in S"' },
  { line: 3, column: 0, severity: 'WARNING', message: 'Second problem on the same line' },
];
