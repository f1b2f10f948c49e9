package io.blindspot.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.AssessmentNotFound;
import io.blindspot.assessment.PersonalReport;
import io.blindspot.assessment.ReportService;
import io.blindspot.scoring.QualityFlag;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The personal profile report after submitting: scale bars, the style map, the style in words. */
@Route("report/:id")
@PageTitle("Your profile · Blindspot")
@RolesAllowed(Role.EXECUTIVE_NAME)
public class ReportView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;

    final H2 heading = new H2("Your profile");
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
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        removeAll();
        try {
            show(reports.reportFor(id));
            // Arriving from the questionnaire's last page, the scroll position would carry over.
            getElement()
                    .executeJs("window.scrollTo(0, 0); const layout = this.closest('vaadin-app-layout');"
                            + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
                            + " if (content) { content.scrollTop = 0; }");
        } catch (AssessmentNotFound
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException refused) {
            add(new H2("This report cannot be shown"), new Paragraph(refused.getMessage()));
        }
    }

    private void show(PersonalReport report) {
        subtitle.setText(report.personName() + " · " + report.instrumentTitle() + " (version "
                + report.instrumentVersion() + ")"
                + (report.submittedAt() == null ? "" : " · submitted " + date(report)));
        var print = new Button("Print", VaadinIcon.PRINT.create(), e -> UI.getCurrent()
                .getPage()
                .executeJs("window.print()"));
        print.addClassName("no-print");
        scales.add(
                new ScaleBar("D", "Dominance: driving for results", report.d()),
                new ScaleBar("I", "Influence: engaging people", report.i()),
                new ScaleBar("S", "Steadiness: supporting and keeping steady", report.s()),
                new ScaleBar("C", "Conscientiousness: accuracy and process", report.c()));
        var style = report.style();
        styleName.setText("Your style: " + style.label());
        var map = new Html("<div class=\"style-map-box\">"
                + StyleMapSvg.render(report.peopleVsTask(), report.pace(), style.label()) + "</div>");
        var words = new Div(
                styleName,
                new Paragraph(style.description()),
                new H3("Typical strengths"),
                list(style.strengths()),
                new H3("Watch-outs"),
                list(style.watchOuts()));
        words.addClassName("report-style-words");
        var mapAndWords = new Div(map, words);
        mapAndWords.addClassName("report-map");
        add(
                heading,
                subtitle,
                print,
                flags(report.flags()),
                new H3("Your four scales"),
                scales,
                mapAndWords,
                howComputed());
    }

    private Div flags(List<QualityFlag> raised) {
        flags.setVisible(!raised.isEmpty());
        if (!raised.isEmpty()) {
            flags.getElement().setAttribute("role", "note");
            flags.add(new H3("A note on your answers"));
            raised.forEach(f -> flags.add(new Paragraph(f.explanation())));
            flags.add(new Paragraph("That can happen on a busy day. If you think your answers do not describe you"
                    + " well, ask your facilitator to let you take the questionnaire again, with a little more time."));
        }
        return flags;
    }

    private static Details howComputed() {
        var text = new Div(
                new Paragraph("Each scale score is the mean of your ten answers for that scale, where statements"
                        + " worded the opposite way count as 6 minus your answer; it is shown as percent of the"
                        + " possible range: (mean − 1) ÷ 4 × 100."),
                new Paragraph("On the map, across is people focus minus task focus, where task focus = (D + C) ÷ 2"
                        + " and people focus = (I + S) ÷ 2; up is fast pace minus moderate pace, where fast ="
                        + " (D + I) ÷ 2 and moderate = (S + C) ÷ 2. Your style is the direction of your dot from"
                        + " the centre; the further out, the more pronounced."),
                new Paragraph("The full formulas and their limits are in \"How Blindspot turns answers into a"
                        + " profile\" (docs/scoring.md), which your facilitator can share."));
        var details = new Details("How the scores were computed", text);
        details.setId("formulas");
        details.addClassName("report-method");
        return details;
    }

    private static UnorderedList list(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static String date(PersonalReport report) {
        return DateTimeFormatter.ofPattern("d MMM yyyy")
                .withZone(ZoneId.systemDefault())
                .format(report.submittedAt());
    }
}
