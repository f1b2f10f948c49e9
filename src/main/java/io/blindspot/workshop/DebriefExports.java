package io.blindspot.workshop;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.blindspot.base.CsvCells;
import io.blindspot.base.Formats;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The debrief as a PDF handout and as CSV data. Both render a {@link Debrief}, so consent is
 * already applied: what the handout and the file can contain is what the debrief holds.
 */
final class DebriefExports {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);
    private static final float MAP_SIZE = 220;

    private DebriefExports() {}

    static byte[] pdf(Debrief debrief) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle("Debrief: " + debrief.workshop().title());
            document.open();
            var w = debrief.workshop();
            document.add(new Paragraph(w.title(), TITLE));
            document.add(new Paragraph(
                    debrief.team().name() + " - " + (w.date() == null ? "" : Formats.date(w.date()))
                            + " - facilitated by " + w.facilitator(),
                    BODY));
            document.add(new Paragraph(
                    "Rule-set version " + (debrief.ruleSetVersion() == null ? "-" : debrief.ruleSetVersion())
                            + " - " + debrief.submitted() + " of "
                            + debrief.team().size() + " submitted"
                            + " - minimum group size " + debrief.minimumGroupSize(),
                    BODY));
            document.add(new Paragraph("Consent applied: " + debrief.consentApplied(), SMALL));

            if (debrief.aggregate() != null) {
                document.add(new Paragraph("Team style map", HEADING));
                drawMap(writer.getDirectContent(), debrief, writer.getVerticalPosition(true) - 10);
                document.add(new Paragraph(" "));
                var spacer = new Paragraph(" ");
                spacer.setSpacingBefore(MAP_SIZE);
                document.add(spacer);
                var scales = new StringBuilder();
                for (var s : debrief.aggregate().scales()) {
                    scales.append(s.scale())
                            .append(": mean ")
                            .append(s.mean())
                            .append(", spread ")
                            .append(s.spread())
                            .append(", high ")
                            .append(s.high())
                            .append(", low ")
                            .append(s.low())
                            .append("   ");
                }
                document.add(new Paragraph(scales.toString().trim(), BODY));
            }

            document.add(new Paragraph("Findings", HEADING));
            if (debrief.findings().isEmpty()) {
                document.add(new Paragraph(
                        debrief.belowMinimum()
                                ? "Too few results to show the team's findings."
                                : "No finding was raised.",
                        BODY));
            }
            for (var f : debrief.findings()) {
                var title = new Paragraph(f.severity() + " - " + f.title(), BOLD);
                title.setSpacingBefore(8);
                document.add(title);
                document.add(new Paragraph(f.explanation(), BODY));
                document.add(new Paragraph("For the team: " + f.question(), BODY));
                if (!f.members().isEmpty() || f.othersCount() > 0) {
                    document.add(new Paragraph(
                            "Rests on: " + String.join(", ", f.members())
                                    + (f.othersCount() > 0
                                            ? (f.members().isEmpty() ? "" : " and ") + f.othersCount() + " not named"
                                            : ""),
                            BODY));
                }
                if (!f.evidence().isEmpty()) {
                    document.add(new Paragraph("Evidence: " + evidence(f.evidence()), BODY));
                }
                for (var a : f.coachingActions()) {
                    document.add(new Paragraph(
                            "Action (" + audience(a) + "): " + a.action() + " First step: " + a.firstStep()
                                    + " Cadence: " + a.cadence(),
                            BODY));
                }
                document.add(new Paragraph(
                        "Raised by rule '" + f.rule() + "', rule-set version " + f.ruleSetVersion(), SMALL));
            }

            document.add(new Paragraph("Commitments", HEADING));
            if (debrief.commitments().isEmpty()) {
                document.add(new Paragraph("None agreed yet.", BODY));
            }
            for (var c : debrief.commitments()) {
                document.add(new Paragraph(
                        c.owner() + " - " + c.text() + " - due " + Formats.date(c.dueOn()) + " - "
                                + c.status().toLowerCase().replace('_', ' ') + (c.overdue() ? " (overdue)" : ""),
                        BODY));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be written", e);
        }
        return out.toByteArray();
    }

    private static void drawMap(PdfContentByte canvas, Debrief debrief, float top) {
        float left = 48;
        float bottom = top - MAP_SIZE;
        float half = MAP_SIZE / 2;
        canvas.saveState();
        canvas.setColorStroke(Color.GRAY);
        canvas.rectangle(left, bottom, MAP_SIZE, MAP_SIZE);
        canvas.moveTo(left + half, bottom);
        canvas.lineTo(left + half, top);
        canvas.moveTo(left, bottom + half);
        canvas.lineTo(left + MAP_SIZE, bottom + half);
        canvas.stroke();
        label(canvas, "D", left + 6, top - 14);
        label(canvas, "I", left + MAP_SIZE - 14, top - 14);
        label(canvas, "S", left + MAP_SIZE - 14, bottom + 6);
        label(canvas, "C", left + 6, bottom + 6);
        for (var point : debrief.aggregate().anonymousDots()) {
            float x = left + half + (float) point.peopleVsTask() / 100 * (half - 8);
            float y = bottom + half + (float) point.pace() / 100 * (half - 8);
            canvas.setColorFill(Color.LIGHT_GRAY);
            canvas.circle(x, y, 5);
            canvas.fill();
        }
        for (var m : debrief.members()) {
            if (m.scores() == null) {
                continue;
            }
            float x = left + half + (float) m.scores().peopleVsTask() / 100 * (half - 8);
            float y = bottom + half + (float) m.scores().pace() / 100 * (half - 8);
            canvas.setColorFill(m.leader() ? new Color(180, 60, 40) : new Color(40, 90, 160));
            canvas.circle(x, y, 7);
            canvas.fill();
            label(canvas, m.initials(), x + 8, y - 3);
        }
        var centre = debrief.aggregate().centre();
        float cx = left + half + (float) centre.peopleVsTask() / 100 * (half - 8);
        float cy = bottom + half + (float) centre.pace() / 100 * (half - 8);
        canvas.setColorStroke(Color.BLACK);
        canvas.moveTo(cx - 6, cy);
        canvas.lineTo(cx + 6, cy);
        canvas.moveTo(cx, cy - 6);
        canvas.lineTo(cx, cy + 6);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void label(PdfContentByte canvas, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(labelFont(), 9);
        canvas.setColorFill(Color.DARK_GRAY);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static BaseFont labelFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The built-in PDF font is missing", e);
        }
    }

    /** Consented scores per member and the findings, one row each; formula-like cells are neutralised. */
    static String csv(Debrief debrief) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(safe(List.of(
                    "record",
                    "workshop",
                    "team",
                    "rule set version",
                    "name",
                    "leader",
                    "consent",
                    "status",
                    "D",
                    "I",
                    "S",
                    "C",
                    "people vs task",
                    "pace",
                    "style",
                    "finding code",
                    "severity",
                    "title",
                    "evidence")));
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

    private static String evidence(Map<String, Object> evidence) {
        var parts = new ArrayList<String>();
        evidence.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join("; ", parts);
    }

    private static String audience(Debrief.Action a) {
        return switch (a.audience()) {
            case "LEADER" -> a.forMember() == null ? "the leader" : a.forMember() + ", the leader";
            case "MEMBER" -> a.forMember() == null ? "a member" : a.forMember();
            default -> "the team";
        };
    }
}
