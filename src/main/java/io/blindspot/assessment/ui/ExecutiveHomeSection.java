package io.blindspot.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An executive's assessments, one card each: which questionnaire and version, when, how far along,
 * and for a retake how the scales moved. Cards wrap, so the action fits a phone's width.
 */
class ExecutiveHomeSection extends VerticalLayout {

    final List<AssessmentOverview> rows;
    final List<Div> cards = new ArrayList<>();

    ExecutiveHomeSection(List<AssessmentOverview> mine) {
        this.rows = List.copyOf(mine);
        addClassName("home-section");
        setPadding(false);
        add(new H3(getTranslation("assessment.home.heading")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.home.none")));
            return;
        }
        for (var assessment : mine) {
            var card = card(assessment);
            cards.add(card);
            add(card);
        }
    }

    private static Div card(AssessmentOverview assessment) {
        var title = new Span(I18NProvider.translate(
                "assessment.home.card-title", assessment.title(), assessment.instrumentVersion()));
        title.addClassName("assessment-title");
        var when = new Span(when(assessment));
        when.addClassName("assessment-when");
        var text = new Div(title, when);
        text.addClassName("assessment-text");
        if (assessment.change() != null) {
            var change = new Span(change(assessment.change()));
            change.addClassName("assessment-change");
            text.add(change);
        }
        var card = new Div(text, action(assessment));
        card.addClassName("assessment-card");
        return card;
    }

    static String when(AssessmentOverview assessment) {
        if (assessment.status() == AssessmentStatus.SUBMITTED && assessment.submittedAt() != null) {
            return I18NProvider.translate("assessment.home.submitted", date(assessment.submittedAt()));
        }
        String assigned = assessment.assignedAt() == null
                ? ""
                : I18NProvider.translate("assessment.home.assigned", date(assessment.assignedAt()));
        return assigned + (assigned.isEmpty() ? "" : " · ") + progress(assessment);
    }

    /** How far along, in the person's language (the overview's own label is English). */
    static String progress(AssessmentOverview assessment) {
        return switch (assessment.status()) {
            case NOT_STARTED -> I18NProvider.translate("assessment.home.not-started");
            case IN_PROGRESS -> I18NProvider.translate(
                    "assessment.home.progress", assessment.answered(), assessment.total());
            case SUBMITTED -> I18NProvider.translate("assessment.home.status.submitted");
        };
    }

    static String change(AssessmentOverview.ScoreChange change) {
        return I18NProvider.translate(
                "assessment.home.change",
                date(change.previousSubmittedAt()),
                signed(change.d()),
                signed(change.i()),
                signed(change.s()),
                signed(change.c()));
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + (-points) : "±0";
    }

    /** Start, resume or read the report; routes by path so this package needs no assessment view. */
    static Button action(AssessmentOverview assessment) {
        var button =
                switch (assessment.status()) {
                    case NOT_STARTED -> new Button(
                            I18NProvider.translate("assessment.home.start"), e -> go("assessment/" + assessment.id()));
                    case IN_PROGRESS -> new Button(
                            I18NProvider.translate("assessment.home.resume", progress(assessment)),
                            e -> go("assessment/" + assessment.id()));
                    case SUBMITTED -> new Button(
                            I18NProvider.translate("assessment.home.view-report"),
                            e -> go("report/" + assessment.id()));
                };
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClassName("assessment-action");
        button.getElement().setAttribute("aria-label", button.getText() + ": " + assessment.title());
        return button;
    }

    private static String date(Instant instant) {
        var ui = UI.getCurrent();
        return Dates.date(instant, ui == null ? null : ui.getLocale());
    }

    private static void go(String location) {
        UI.getCurrent().navigate(location);
    }
}
