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
import io.blindspot.base.Messages;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The person's data as a handout in the house style of the workshop debrief: a title, headings per
 * kind of data, one paragraph per record, in the reader's language (texts {@code privacy.pdf.*}).
 * Everything the JSON export holds is in it, in words.
 */
final class PersonalDataPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    private final Locale reader;

    private PersonalDataPdf(Locale reader) {
        this.reader = Messages.supported(reader);
    }

    static byte[] render(PersonalData data, Locale reader) {
        return new PersonalDataPdf(reader).write(data);
    }

    private byte[] write(PersonalData data) {
        var out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            var account = data.account();
            document.addTitle(text("privacy.pdf.document-title", account.displayName()));
            document.open();
            document.add(new Paragraph(text("privacy.pdf.title"), TITLE));
            document.add(
                    new Paragraph(text("privacy.pdf.intro", account.displayName(), when(data.exportedAt())), BODY));
            account(data);
            assessments(data);
            teamsAndWorkshops(data);
            heading("privacy.pdf.audit");
            none(data.auditEvents(), "privacy.pdf.audit.none");
            data.auditEvents()
                    .forEach(e -> small(text(
                            "privacy.pdf.audit.entry",
                            when(e.occurredAt()),
                            e.action(),
                            e.actor(),
                            e.target() == null ? "" : " - " + e.target(),
                            e.detail() == null ? "" : " - " + e.detail())));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The personal data PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private void account(PersonalData data) {
        var account = data.account();
        heading("privacy.pdf.account");
        line(text("privacy.pdf.account.username", account.username()));
        line(text("privacy.pdf.account.name", account.displayName()));
        line(text("privacy.pdf.account.email", account.email() == null ? "-" : account.email()));
        line(text("privacy.pdf.account.roles", account.roles().isEmpty() ? "-" : String.join(", ", account.roles())));
        line(text(
                account.enabled() ? "privacy.pdf.account.active" : "privacy.pdf.account.deactivated",
                when(account.createdAt())));
        line(text(
                "privacy.pdf.account.language",
                text(
                        account.language() == null
                                ? "privacy.pdf.language.browser"
                                : "privacy.pdf.language." + account.language())));
        line(text(
                "privacy.pdf.tokens",
                data.apiTokens().isEmpty()
                        ? text("privacy.pdf.tokens.none")
                        : data.apiTokens().stream()
                                .map(t -> text(
                                        t.revokedAt() == null ? "privacy.pdf.token" : "privacy.pdf.token.revoked",
                                        t.name(),
                                        when(t.createdAt()),
                                        when(t.expiresAt()),
                                        when(t.revokedAt())))
                                .collect(Collectors.joining("; "))));
    }

    private void assessments(PersonalData data) {
        heading("privacy.pdf.assessments");
        none(data.assessments(), "privacy.pdf.assessments.none");
        data.assessments().forEach(this::assessment);
    }

    private void assessment(StoredAssessment a) {
        var title = new Paragraph(
                text("privacy.pdf.assessment", a.instrumentTitle(), a.instrumentVersion(), value(a.status())), BOLD);
        title.setSpacingBefore(8);
        add(title);
        line(text("privacy.pdf.assessment.assigned", when(a.assignedAt()))
                + (a.assignedBy() == null ? "" : text("privacy.pdf.assessment.by", a.assignedBy()))
                + (a.startedAt() == null ? "" : text("privacy.pdf.assessment.started", when(a.startedAt())))
                + (a.submittedAt() == null ? "" : text("privacy.pdf.assessment.submitted", when(a.submittedAt()))));
        var r = a.result();
        if (r != null) {
            var report = r.reportIn(reader);
            line(text(
                    "privacy.pdf.result",
                    report.style(),
                    r.d(),
                    r.i(),
                    r.s(),
                    r.c(),
                    r.peopleVsTask(),
                    r.pace(),
                    r.intensity()));
            line(text("privacy.pdf.result.report", report.description()));
            report.qualityNotes().forEach(note -> line(text("privacy.pdf.result.note", note)));
        }
        line(
                a.answers().isEmpty()
                        ? text("privacy.pdf.answers.none")
                        : text(
                                "privacy.pdf.answers",
                                a.answers().stream()
                                        .map(x -> x.itemId() + " = " + x.value() + " (" + when(x.answeredAt()) + ")")
                                        .collect(Collectors.joining("; "))));
    }

    private void teamsAndWorkshops(PersonalData data) {
        heading("privacy.pdf.teams");
        none(data.teams(), "privacy.pdf.teams.none");
        data.teams()
                .forEach(t -> line(t.team() + " (" + t.organisation() + ") - " + value(t.role())
                        + (t.jobTitle() == null ? "" : ", " + t.jobTitle())));

        heading("privacy.pdf.consents");
        none(data.consents(), "privacy.pdf.consents.none");
        data.consents()
                .forEach(c -> line(text("privacy.pdf.consent", c.workshop(), when(c.invitedAt()), value(c.consent()))
                        + (c.consentChangedAt() == null
                                ? ""
                                : text("privacy.pdf.consent.changed", when(c.consentChangedAt())))));

        heading("privacy.pdf.commitments");
        none(data.commitments(), "privacy.pdf.commitments.none");
        data.commitments()
                .forEach(c -> line(text(
                        "privacy.pdf.commitment",
                        c.text(),
                        c.workshop(),
                        Formats.date(c.dueOn(), reader),
                        value(c.status()))));

        heading("privacy.pdf.notices");
        none(data.notices(), "privacy.pdf.notices.none");
        data.notices().forEach(n -> line(when(n.createdAt()) + " - " + n.message()));
    }

    private String text(String key, Object... arguments) {
        return Messages.text(key, reader, arguments);
    }

    /** A stored status, role or choice in words; one without a text (added later) as it is stored. */
    private String value(String stored) {
        if (stored == null) {
            return "-";
        }
        String key = "privacy.pdf.value." + stored;
        return Messages.pattern(key, reader) == null
                ? stored.toLowerCase(Locale.ROOT).replace('_', ' ')
                : text(key);
    }

    private String when(Instant instant) {
        return instant == null ? "-" : Formats.dateTime(instant, reader);
    }

    private void heading(String key) {
        var heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(12);
        add(heading);
    }

    private void none(List<?> records, String key) {
        if (records.isEmpty()) {
            line(text(key));
        }
    }

    private void line(String text) {
        add(new Paragraph(text, BODY));
    }

    private void small(String text) {
        add(new Paragraph(text, SMALL));
    }

    private void add(Paragraph paragraph) {
        try {
            document.add(paragraph);
        } catch (DocumentException e) {
            throw new IllegalStateException("The personal data PDF could not be written", e);
        }
    }
}
