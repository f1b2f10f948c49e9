package io.blindspot.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.blindspot.base.Formats;
import io.blindspot.privacy.PersonalData;
import io.blindspot.privacy.PersonalDataExport;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/** Every signed-in person: what is stored about them, and the whole of it to download as JSON or PDF. */
@Route("my-data")
@PageTitle("My data · Blindspot")
@Menu(order = 95, title = "privacy.nav.my-data", icon = "vaadin:archive")
@PermitAll
public class MyDataView extends VerticalLayout {

    static final String INTRO = "Everything Blindspot stores about you. The downloads hold all of it:"
            + " your account, every answer with the time you gave it, your results and what your reports say,"
            + " your teams, consents, commitments and notices, and the audit entries about you.";
    static final String ERASE_HINT = "To have your data erased, ask an administrator; they erase it on your request.";

    final Span account = new Span();
    final Span counts = new Span();
    final Anchor json;
    final Anchor pdf;

    public MyDataView(PersonalDataExport export) {
        PersonalData data = export.mine();
        var a = data.account();
        account.setText(a.displayName() + " (" + a.username() + ")" + (a.email() == null ? "" : ", " + a.email())
                + " - roles: " + String.join(", ", a.roles()) + " - account created "
                + Formats.date(a.createdAt()));
        counts.setText(data.assessments().size() + " assessment(s), " + data.answerCount() + " answer(s), "
                + data.resultCount() + " result(s), " + data.teams().size() + " team(s), "
                + data.consents().size() + " consent(s), " + data.commitments().size() + " commitment(s), "
                + data.notices().size() + " notice(s), " + data.auditEvents().size() + " audit event(s)");
        json = download("my-data.json", "Download as JSON", export::exportJson);
        pdf = download("my-data.pdf", "Download as PDF", export::exportPdf);
        add(
                new H2("My data"),
                new Paragraph(INTRO),
                new H3("Stored about you"),
                account,
                counts,
                new HorizontalLayout(json, pdf),
                new Paragraph(ERASE_HINT));
    }

    private static Anchor download(String filename, String text, java.util.function.Supplier<byte[]> content) {
        var link = new Anchor(new StreamResource(filename, () -> new ByteArrayInputStream(content.get())), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
