package io.blindspot.rules.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds line and column in the text of a Drools message, because {@code Message.getColumn()} stays
 * 0. Three shapes occur:
 *
 * <ul>
 *   <li>the DRL parser: {@code [ERR 101] Line 7:15 no viable alternative…}, column 0-based;
 *   <li>MVEL: {@code [Line: 7, Column: 2]}, whose column counts within the constraint, not the
 *       line, so when the message quotes the expression ({@code [Near : {... dx >= 3 ....}]} or
 *       {@code Unable to Analyse Expression dx >= 3:}) we look it up in the source line instead;
 *   <li>Java consequences: only a line (the rule's), no column.
 * </ul>
 */
final class MessagePosition {

    private static final Pattern PARSER = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern MVEL = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*(\\n|$)");

    private MessagePosition() {}

    /** Returns {line, column}, both 1-based, 0 when unknown. */
    static int[] of(String text, int reportedLine, String source) {
        Matcher parser = PARSER.matcher(text);
        if (parser.find()) {
            return new int[] {Integer.parseInt(parser.group(1)), Integer.parseInt(parser.group(2)) + 1};
        }
        int line = reportedLine > 0 ? reportedLine : 0;
        Matcher mvel = MVEL.matcher(text);
        int column = 0;
        if (mvel.find()) {
            line = line > 0 ? line : Integer.parseInt(mvel.group(1));
            column = Integer.parseInt(mvel.group(2));
        }
        int quoted = quotedColumn(text, line, source);
        return new int[] {line, quoted > 0 ? quoted : column};
    }

    private static int quotedColumn(String text, int line, String source) {
        if (line <= 0 || source == null) {
            return 0;
        }
        String[] lines = source.split("\\R", -1);
        if (line > lines.length) {
            return 0;
        }
        for (Pattern pattern : new Pattern[] {NEAR, ANALYSE}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                int index = lines[line - 1].indexOf(matcher.group(1).trim());
                if (index >= 0) {
                    return index + 1;
                }
            }
        }
        return 0;
    }
}
