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
import io.blindspot.base.Formats;
import io.blindspot.base.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The debrief as a PDF handout in the reader's language, with the debrief screen's own words. It
 * renders a {@link Debrief}, so consent is already applied: what the handout can contain is what
 * the debrief holds. The findings' own texts come from the rules and read as the rules are written.
 */
final class DebriefHandout {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);
    private static final float MAP_SIZE = 220;

    private final Debrief debrief;
    private final Locale reader;
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);

    private DebriefHandout(Debrief debrief, Locale reader) {
        this.debrief = debrief;
        this.reader = Messages.supported(reader);
    }

    static byte[] pdf(Debrief debrief, Locale reader) {
        return new DebriefHandout(debrief, reader).write();
    }

    private byte[] write() {
        var out = new ByteArrayOutputStream();
        try {
            var writer = PdfWriter.getInstance(document, out);
            var w = debrief.workshop();
            document.addTitle(text("workshop.handout.documentTitle", w.title()));
            document.open();
            document.add(new Paragraph(w.title(), TITLE));
            document.add(new Paragraph(
                    text(
                            "workshop.debrief.provenance",
                            debrief.team().name(),
                            w.date() == null ? "" : Formats.date(w.date(), reader),
                            w.facilitator(),
                            debrief.ruleSetVersion() == null ? "–" : String.valueOf(debrief.ruleSetVersion()),
                            debrief.submitted(),
                            debrief.team().size(),
                            debrief.minimumGroupSize()),
                    BODY));
            document.add(new Paragraph(text("workshop.debrief.consentApplied", debrief.consentNote(reader)), SMALL));
            if (debrief.aggregate() != null) {
                map(writer);
            }
            findings();
            commitments();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be written", e);
        }
        return out.toByteArray();
    }

    private void map(PdfWriter writer) throws DocumentException {
        document.add(new Paragraph(text("workshop.map.title", debrief.team().name()), HEADING));
        drawMap(writer.getDirectContent(), debrief, writer.getVerticalPosition(true) - 10);
        document.add(new Paragraph(" "));
        var spacer = new Paragraph(" ");
        spacer.setSpacingBefore(MAP_SIZE);
        document.add(spacer);
        var scales = new ArrayList<String>();
        for (var s : debrief.aggregate().scales()) {
            scales.add(text("workshop.scales.tip", s.scale(), s.mean(), s.spread(), s.high(), s.low()));
        }
        document.add(new Paragraph(String.join("   ", scales), BODY));
    }

    private void findings() throws DocumentException {
        document.add(new Paragraph(text("workshop.debrief.findings"), HEADING));
        if (debrief.findings().isEmpty()) {
            document.add(new Paragraph(
                    debrief.belowMinimum()
                            ? text("workshop.debrief.tooFew", debrief.submitted(), debrief.minimumGroupSize())
                            : text("workshop.debrief.noFindings"),
                    BODY));
        }
        for (var f : debrief.findings()) {
            var title = new Paragraph(severity(f.severity()) + " – " + f.title(), BOLD);
            title.setSpacingBefore(8);
            document.add(title);
            document.add(new Paragraph(f.explanation(), BODY));
            document.add(new Paragraph(text("workshop.handout.forTheTeam", f.question()), BODY));
            if (!f.members().isEmpty() || f.othersCount() > 0) {
                String named = String.join(", ", f.members());
                document.add(new Paragraph(
                        text(
                                "workshop.finding.restsOn",
                                f.othersCount() == 0
                                        ? named
                                        : f.members().isEmpty()
                                                ? text("workshop.finding.notNamed", f.othersCount())
                                                : text("workshop.finding.namedAndNotNamed", named, f.othersCount())),
                        BODY));
            }
            if (!f.evidence().isEmpty()) {
                document.add(new Paragraph(text("workshop.finding.evidence", DebriefCsv.evidence(f.evidence())), BODY));
            }
            for (var a : f.coachingActions()) {
                document.add(new Paragraph(
                        audience(a) + ": " + a.action() + " " + text("workshop.finding.firstStep", a.firstStep())
                                + (a.cadence().isBlank() ? "" : " " + text("workshop.handout.cadence", a.cadence())),
                        BODY));
            }
            document.add(new Paragraph(
                    text("workshop.finding.raisedBy", f.rule(), String.valueOf(f.ruleSetVersion())), SMALL));
        }
    }

    private void commitments() throws DocumentException {
        document.add(new Paragraph(text("workshop.debrief.commitments"), HEADING));
        if (debrief.commitments().isEmpty()) {
            document.add(new Paragraph(text("workshop.debrief.noCommitments"), BODY));
        }
        for (var c : debrief.commitments()) {
            document.add(new Paragraph(
                    c.owner() + " – " + c.text() + " – " + text("workshop.home.due", Formats.date(c.dueOn(), reader))
                            + " – " + status(c.status())
                            + (c.overdue() ? " (" + text("workshop.commitment.overdue") + ")" : ""),
                    BODY));
        }
    }

    private String audience(Debrief.Action a) {
        return switch (a.audience()) {
            case "LEADER" -> a.forMember() == null
                    ? text("workshop.finding.theLeader")
                    : text("workshop.finding.namedLeader", a.forMember());
            case "MEMBER" -> a.forMember() == null ? text("workshop.finding.aMember") : a.forMember();
            default -> text("workshop.finding.theTeam");
        };
    }

    /** A severity (HIGH …) or commitment status (OPEN …) as the screens say it; an unknown one as it is. */
    private String severity(String severity) {
        return known("workshop.severity." + severity, severity);
    }

    private String status(String status) {
        return known("workshop.commitmentStatus." + status, status);
    }

    private String known(String key, String otherwise) {
        return Messages.pattern(key, reader) == null ? otherwise : text(key);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(key, reader, arguments);
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
}
