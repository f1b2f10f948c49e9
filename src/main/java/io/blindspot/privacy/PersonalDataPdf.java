package io.blindspot.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.blindspot.assessment.PersonalAssessments.StoredAssessment;
import io.blindspot.base.Formats;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The person's data as a handout in the house style of the workshop debrief: a title, headings per
 * kind of data, one paragraph per record. Everything the JSON export holds is in it, in words.
 */
final class PersonalDataPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    private PersonalDataPdf() {}

    static byte[] render(PersonalData data) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            var account = data.account();
            document.addTitle("My data: " + account.displayName());
            document.open();
            document.add(new Paragraph("My data in Blindspot", TITLE));
            document.add(new Paragraph(
                    "Everything stored about " + account.displayName() + ", exported "
                            + Formats.dateTime(data.exportedAt()) + ".",
                    BODY));

            heading(document, "Account");
            line(document, "Username: " + account.username());
            line(document, "Name: " + account.displayName());
            line(document, "E-mail: " + (account.email() == null ? "-" : account.email()));
            line(document, "Roles: " + (account.roles().isEmpty() ? "-" : String.join(", ", account.roles())));
            line(
                    document,
                    "Status: " + (account.enabled() ? "active" : "deactivated") + ", created "
                            + when(account.createdAt()));

            line(
                    document,
                    "API tokens: "
                            + (data.apiTokens().isEmpty()
                                    ? "none"
                                    : data.apiTokens().stream()
                                            .map(t -> t.name() + " (created " + when(t.createdAt()) + ", expires "
                                                    + when(t.expiresAt())
                                                    + (t.revokedAt() == null ? "" : ", revoked " + when(t.revokedAt()))
                                                    + ")")
                                            .collect(Collectors.joining("; "))));

            heading(document, "Assessments and results");
            none(document, data.assessments(), "No assessment was assigned to you.");
            for (var a : data.assessments()) {
                assessment(document, a);
            }

            heading(document, "Teams");
            none(document, data.teams(), "You are in no team.");
            data.teams()
                    .forEach(t -> line(
                            document,
                            t.team() + " (" + t.organisation() + ") - "
                                    + t.role().toLowerCase() + (t.jobTitle() == null ? "" : ", " + t.jobTitle())));

            heading(document, "Workshops and consent");
            none(document, data.consents(), "You were invited to no workshop.");
            data.consents()
                    .forEach(c -> line(
                            document,
                            c.workshop() + " - invited " + when(c.invitedAt())
                                    + " - consent: " + c.consent().toLowerCase().replace('_', ' ')
                                    + (c.consentChangedAt() == null ? "" : ", changed " + when(c.consentChangedAt()))));

            heading(document, "Commitments");
            none(document, data.commitments(), "You own no commitment.");
            data.commitments()
                    .forEach(c -> line(
                            document,
                            c.text() + " - " + c.workshop() + " - due " + Formats.date(c.dueOn()) + " - "
                                    + c.status().toLowerCase().replace('_', ' ')));

            heading(document, "Notices");
            none(document, data.notices(), "No notice was sent to you.");
            data.notices().forEach(n -> line(document, when(n.createdAt()) + " - " + n.message()));

            heading(document, "Audit events about you or by you");
            none(document, data.auditEvents(), "None.");
            data.auditEvents()
                    .forEach(e -> small(
                            document,
                            when(e.occurredAt()) + " - " + e.action() + " by "
                                    + e.actor() + (e.target() == null ? "" : " - " + e.target())
                                    + (e.detail() == null ? "" : " - " + e.detail())));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The personal data PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void assessment(Document document, StoredAssessment a) {
        var title = new Paragraph(
                a.instrumentTitle() + " (version " + a.instrumentVersion() + ") - "
                        + a.status().toLowerCase().replace('_', ' '),
                BOLD);
        title.setSpacingBefore(8);
        add(document, title);
        line(
                document,
                "Assigned " + when(a.assignedAt()) + (a.assignedBy() == null ? "" : " by " + a.assignedBy())
                        + (a.startedAt() == null ? "" : ", started " + when(a.startedAt()))
                        + (a.submittedAt() == null ? "" : ", submitted " + when(a.submittedAt())));
        var r = a.result();
        if (r != null) {
            line(
                    document,
                    "Result: " + r.report().style() + " - D " + r.d() + ", I " + r.i() + ", S " + r.s()
                            + ", C " + r.c() + "; people vs task " + r.peopleVsTask() + ", pace " + r.pace()
                            + ", intensity " + r.intensity());
            line(document, "Your report: " + r.report().description());
            r.report().qualityNotes().forEach(note -> line(document, "Note: " + note));
        }
        line(
                document,
                a.answers().isEmpty()
                        ? "No answers stored."
                        : "Answers (item = value, answered at): "
                                + a.answers().stream()
                                        .map(x -> x.itemId() + " = " + x.value() + " (" + when(x.answeredAt()) + ")")
                                        .collect(Collectors.joining("; ")));
    }

    private static String when(Instant instant) {
        return instant == null ? "-" : Formats.dateTime(instant);
    }

    private static void heading(Document document, String text) {
        var heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        add(document, heading);
    }

    private static void none(Document document, List<?> records, String text) {
        if (records.isEmpty()) {
            line(document, text);
        }
    }

    private static void line(Document document, String text) {
        add(document, new Paragraph(text, BODY));
    }

    private static void small(Document document, String text) {
        add(document, new Paragraph(text, SMALL));
    }

    private static void add(Document document, Paragraph paragraph) {
        try {
            document.add(paragraph);
        } catch (DocumentException e) {
            throw new IllegalStateException("The personal data PDF could not be written", e);
        }
    }
}
