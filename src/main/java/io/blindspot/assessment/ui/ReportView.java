package io.blindspot.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.AssessmentNotFound;
import io.blindspot.assessment.PersonalReport;
import io.blindspot.assessment.ReportService;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.scoring.QualityFlag;
import io.blindspot.scoring.Scale;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The personal profile report after submitting: scale bars, the style map, the style in words. */
@Route("report/:id")
@RolesAllowed(Role.EXECUTIVE_NAME)
public class ReportView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ReportService reports;

    final H2 heading = new H2();
    final Paragraph subtitle = new Paragraph();
    final Div scales = new Div();
    final H3 styleName = new H3();
    final Div flags = new Div();

    ReportView(ReportService reports) {
        this.reports = reports;
        addClassName("report-view");
        subtitle.addClassName("report-subtitle");
        scales.addClassName("report-scales");
        flags.addClassName("report-flags");
    }

    @Override
    public String titleKey() {
        return "assessment.report.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        removeAll();
        try {
            show(reports.reportFor(id, getLocale().getLanguage()));
            // Arriving from the questionnaire's last page, the scroll position would carry over.
            getElement()
                    .executeJs("window.scrollTo(0, 0); const layout = this.closest('vaadin-app-layout');"
                            + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
                            + " if (content) { content.scrollTop = 0; }");
        } catch (AssessmentNotFound
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException refused) {
            add(new H2(getTranslation("assessment.report.cannot-show")), new Paragraph(ProblemText.of(refused)));
        }
    }

    private void show(PersonalReport report) {
        heading.setText(getTranslation("assessment.report.title"));
        subtitle.setText(
                report.submittedAt() == null
                        ? getTranslation(
                                "assessment.report.subtitle",
                                report.personName(),
                                report.instrumentTitle(),
                                report.instrumentVersion())
                        : getTranslation(
                                "assessment.report.subtitle.submitted",
                                report.personName(),
                                report.instrumentTitle(),
                                report.instrumentVersion(),
                                Dates.date(report.submittedAt(), getLocale())));
        var print =
                new Button(getTranslation("assessment.report.print"), VaadinIcon.PRINT.create(), e -> UI.getCurrent()
                        .getPage()
                        .executeJs("window.print()"));
        print.addClassName("no-print");
        scales.add(
                scaleBar(Scale.D, report.d()),
                scaleBar(Scale.I, report.i()),
                scaleBar(Scale.S, report.s()),
                scaleBar(Scale.C, report.c()));
        var style = report.style();
        var label = getTranslation(StyleTexts.label(style));
        styleName.setText(getTranslation("assessment.report.your-style", label));
        var map = new Html("<div class=\"style-map-box\">"
                + StyleMapSvg.render(report.peopleVsTask(), report.pace(), label, this::getTranslation) + "</div>");
        var words = new Div(
                styleName,
                new Paragraph(getTranslation(StyleTexts.description(style))),
                new H3(getTranslation("assessment.report.strengths")),
                list(StyleTexts.strengths(style)),
                new H3(getTranslation("assessment.report.watch-outs")),
                list(StyleTexts.watchOuts(style)));
        words.addClassName("report-style-words");
        var mapAndWords = new Div(map, words);
        mapAndWords.addClassName("report-map");
        add(
                heading,
                subtitle,
                print,
                flags(report.flags()),
                new H3(getTranslation("assessment.report.four-scales")),
                scales,
                mapAndWords,
                howComputed());
    }

    private Div flags(List<QualityFlag> raised) {
        flags.setVisible(!raised.isEmpty());
        if (!raised.isEmpty()) {
            flags.getElement().setAttribute("role", "note");
            flags.add(new H3(getTranslation("assessment.report.flags.heading")));
            raised.forEach(f -> flags.add(new Paragraph(getTranslation(StyleTexts.flag(f)))));
            flags.add(new Paragraph(getTranslation("assessment.report.flags.advice")));
        }
        return flags;
    }

    private Details howComputed() {
        var text = new Div(
                new Paragraph(getTranslation("assessment.report.method.scores")),
                new Paragraph(getTranslation("assessment.report.method.map")),
                new Paragraph(
                        new Text(getTranslation("assessment.report.method.more")),
                        new Anchor(ScoringGuideView.ROUTE, getTranslation("assessment.report.method")),
                        new Text(".")));
        var details = new Details(getTranslation("assessment.report.method"), text);
        details.setId("formulas");
        details.addClassName("report-method");
        return details;
    }

    private ScaleBar scaleBar(Scale scale, double score) {
        var name = getTranslation(StyleTexts.scale(scale));
        return new ScaleBar(
                scale.name(),
                getTranslation("assessment.report.scale", name, getTranslation(StyleTexts.scaleMeaning(scale))),
                score);
    }

    private UnorderedList list(List<String> keys) {
        var list = new UnorderedList();
        keys.forEach(key -> list.add(new ListItem(getTranslation(key))));
        return list;
    }
}
