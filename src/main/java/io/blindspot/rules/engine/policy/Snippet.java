package io.blindspot.rules.engine.policy;

/**
 * A piece of code to parse, and for each of its characters the offset in the rule file it came
 * from, so a position JavaParser reports in the piece points at the right place in the file even
 * after escapes were translated or text around it was replaced.
 */
final class Snippet {

    private final String text;
    // origin[i] is the file offset of text.charAt(i); origin[text.length()] that of its end
    private final int[] origin;

    private Snippet(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The file's text from {@code start} to {@code end}, as written. */
    static Snippet of(String file, int start, int end) {
        int[] origin = new int[end - start + 1];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = start + i;
        }
        return new Snippet(file.substring(start, end), origin);
    }

    /** Text that stands for something at {@code at} in the file (a wrapper, a rewritten block). */
    static Snippet synthetic(String text, int at) {
        int[] origin = new int[text.length() + 1];
        java.util.Arrays.fill(origin, at);
        return new Snippet(text, origin);
    }

    String text() {
        return text;
    }

    int start() {
        return origin[0];
    }

    Snippet concat(Snippet next) {
        int[] joined = new int[text.length() + next.text.length() + 1];
        System.arraycopy(origin, 0, joined, 0, text.length());
        System.arraycopy(next.origin, 0, joined, text.length(), next.origin.length);
        return new Snippet(text + next.text, joined);
    }

    /** The part from {@code from} to {@code to} (indexes in this snippet's text). */
    Snippet slice(int from, int to) {
        return new Snippet(text.substring(from, to), java.util.Arrays.copyOfRange(origin, from, to + 1));
    }

    /**
     * This code as javac reads it, escapes translated.
     *
     * @throws UnicodeEscapes.IllegalEscape with the file offset of a malformed escape
     */
    Snippet asJavacReadsIt() {
        UnicodeEscapes.Translation translation;
        try {
            translation = UnicodeEscapes.translate(text);
        } catch (UnicodeEscapes.IllegalEscape e) {
            throw new UnicodeEscapes.IllegalEscape(origin[e.index()]);
        }
        int[] mapped = new int[translation.text().length() + 1];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = origin[translation.sourceIndex()[i]];
        }
        return new Snippet(translation.text(), mapped);
    }

    /** The file offset of a 1-based line and column in this snippet's text. */
    int fileOffset(int line, int column) {
        int[] starts = SourceText.lineStarts(text);
        int lineIndex = Math.max(0, Math.min(line - 1, starts.length - 1));
        int offset = Math.min(text.length(), starts[lineIndex] + Math.max(0, column - 1));
        return origin[offset];
    }

    int fileOffsetAt(int index) {
        return origin[Math.max(0, Math.min(index, text.length()))];
    }
}
