package io.blindspot.rules.ui;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Two texts side by side, line against line, changed lines marked: how a rule file differs between
 * two versions, or one side of a conflict against another.
 */
class SideBySideDiff extends Composite<Div> {

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false)
            // Vaadin escapes the text itself; the default normaliser would escape it twice
            .lineNormalizer(line -> line)
            .build();

    /** Both texts may be null (the file does not exist on that side). */
    SideBySideDiff(String file, String leftTitle, String left, String rightTitle, String right) {
        var root = getContent();
        root.addClassName("side-by-side");
        root.add(new H4(file));
        var table = new Div();
        table.addClassName("diff-table");
        table.add(cell(leftTitle, "diff-head"), cell(rightTitle, "diff-head"));
        for (DiffRow row : ROWS.generateDiffRows(lines(left), lines(right))) {
            String kind = "diff-" + row.getTag().name().toLowerCase(java.util.Locale.ROOT);
            table.add(cell(row.getOldLine(), kind), cell(row.getNewLine(), kind));
        }
        root.add(table);
    }

    private static Span cell(String text, String kind) {
        var cell = new Span(text);
        cell.addClassNames("diff-cell", kind);
        return cell;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }
}
