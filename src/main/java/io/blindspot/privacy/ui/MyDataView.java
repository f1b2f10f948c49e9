package io.blindspot.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.privacy.PersonalData;
import io.blindspot.privacy.PersonalDataExport;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/** Every signed-in person: what is stored about them, and the whole of it to download as JSON or PDF. */
@Route("my-data")
@Menu(order = 95, title = "privacy.nav.my-data", icon = "vaadin:archive")
@PermitAll
public class MyDataView extends VerticalLayout implements TranslatedTitle {

    final Span account = new Span();
    final Span counts = new Span();
    final Anchor json;
    final Anchor pdf;

    public MyDataView(PersonalDataExport export) {
        PersonalData data = export.mine();
        var a = data.account();
        String roles = String.join(", ", a.roles());
        String created = LocalDates.date(a.createdAt());
        account.setText(
                a.email() == null
                        ? getTranslation("privacy.my-data.account", a.displayName(), a.username(), roles, created)
                        : getTranslation(
                                "privacy.my-data.account-with-email",
                                a.displayName(),
                                a.username(),
                                a.email(),
                                roles,
                                created));
        counts.setText(getTranslation(
                "privacy.my-data.counts",
                data.assessments().size(),
                data.answerCount(),
                data.resultCount(),
                data.teams().size(),
                data.consents().size(),
                data.commitments().size(),
                data.notices().size(),
                data.auditEvents().size()));
        json = download("my-data.json", getTranslation("privacy.my-data.json"), export::exportJson);
        // the page's language now: the download is written later, outside this request
        var reader = getLocale();
        pdf = download("my-data.pdf", getTranslation("privacy.my-data.pdf"), () -> export.exportPdf(reader));
        add(
                new H2(getTranslation("privacy.my-data.title")),
                new Paragraph(getTranslation("privacy.my-data.intro")),
                new H3(getTranslation("privacy.my-data.stored")),
                account,
                counts,
                new HorizontalLayout(json, pdf),
                new Paragraph(getTranslation("privacy.my-data.erase-hint")));
    }

    @Override
    public String titleKey() {
        return "privacy.my-data.title";
    }

    private static Anchor download(String filename, String text, java.util.function.Supplier<byte[]> content) {
        var link = new Anchor(new StreamResource(filename, () -> new ByteArrayInputStream(content.get())), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
