package io.blindspot.rules.engine.policy;

import java.util.ArrayList;
import java.util.List;

/** A text with its line starts, to turn character offsets into 1-based lines and columns and back. */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    String text() {
        return text;
    }

    /** {line, column}, both 1-based, of a character offset. */
    int[] position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= clamped) {
            line++;
        }
        return new int[] {line + 1, clamped - lineStarts[line] + 1};
    }

    /** The offset of a 1-based line and column; lines past the end give the end of the text. */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return text.length();
        }
        return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
    }

    /** Line breaks as Java counts them: {@code \n}, {@code \r\n} and a lone {@code \r}. */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
