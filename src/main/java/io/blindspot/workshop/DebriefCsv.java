package io.blindspot.workshop;

import io.blindspot.base.CsvCells;
import io.blindspot.base.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The debrief as CSV data. It renders a {@link Debrief}, so consent is already applied: what the
 * file can contain is what the debrief holds. The header row is in the reader's language; the
 * cells keep their codes ({@code member}, {@code SHARE}, finding codes), so a sheet or a script
 * can filter on them in any language.
 */
final class DebriefCsv {

    /** The header row's keys, one per column; the four scales are letters in every language. */
    private static final List<String> COLUMNS = List.of(
            "workshop.csv.record",
            "workshop.csv.workshop",
            "workshop.csv.team",
            "workshop.csv.ruleSetVersion",
            "workshop.csv.name",
            "workshop.csv.leader",
            "workshop.csv.consent",
            "workshop.csv.status",
            "D",
            "I",
            "S",
            "C",
            "workshop.csv.peopleVsTask",
            "workshop.csv.pace",
            "workshop.csv.style",
            "workshop.csv.findingCode",
            "workshop.csv.severity",
            "workshop.csv.title",
            "workshop.csv.evidence");

    private DebriefCsv() {}

    /** Consented scores per member and the findings, one row each; formula-like cells are neutralised. */
    static String csv(Debrief debrief, Locale reader) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(safe(COLUMNS.stream()
                    .map(c -> c.length() == 1 ? c : Messages.text(c, reader))
                    .toList()));
            var w = debrief.workshop();
            String version = debrief.ruleSetVersion() == null ? "" : String.valueOf(debrief.ruleSetVersion());
            for (var m : debrief.members()) {
                var s = m.scores();
                csv.printRecord(safe(List.of(
                        "member",
                        w.title(),
                        debrief.team().name(),
                        version,
                        m.name() == null ? "" : m.name(),
                        String.valueOf(m.leader()),
                        m.consent(),
                        m.status(),
                        s == null ? "" : String.valueOf(s.d()),
                        s == null ? "" : String.valueOf(s.i()),
                        s == null ? "" : String.valueOf(s.s()),
                        s == null ? "" : String.valueOf(s.c()),
                        s == null ? "" : String.valueOf(s.peopleVsTask()),
                        s == null ? "" : String.valueOf(s.pace()),
                        s == null ? "" : s.style(),
                        "",
                        "",
                        "",
                        "")));
            }
            for (var f : debrief.findings()) {
                csv.printRecord(safe(List.of(
                        "finding",
                        w.title(),
                        debrief.team().name(),
                        version,
                        String.join("; ", f.members()),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        f.code(),
                        f.severity(),
                        f.title(),
                        evidence(f.evidence()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> safe(List<String> cells) {
        var result = new ArrayList<String>(cells.size());
        cells.forEach(c -> result.add(CsvCells.neutralise(c)));
        return result;
    }

    static String evidence(Map<String, Object> evidence) {
        var parts = new ArrayList<String>();
        evidence.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join("; ", parts);
    }
}
