package io.blindspot.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.base.Formats;
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
        add(new H3("Your assessments"));
        if (mine.isEmpty()) {
            add(new Paragraph("No assessment is assigned to you yet. Your facilitator will invite you."));
            return;
        }
        for (var assessment : mine) {
            var card = card(assessment);
            cards.add(card);
            add(card);
        }
    }

    private static Div card(AssessmentOverview assessment) {
        var title = new Span(assessment.title() + " · version " + assessment.instrumentVersion());
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
            return "Submitted " + Formats.date(assessment.submittedAt());
        }
        String assigned = assessment.assignedAt() == null ? "" : "Assigned " + Formats.date(assessment.assignedAt());
        return assigned + (assigned.isEmpty() ? "" : " · ") + assessment.progressLabel();
    }

    static String change(AssessmentOverview.ScoreChange change) {
        return "Since your previous result (" + Formats.date(change.previousSubmittedAt()) + "): D "
                + signed(change.d()) + ", I " + signed(change.i()) + ", S " + signed(change.s()) + ", C "
                + signed(change.c());
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + (-points) : "±0";
    }

    /** Start, resume or read the report; routes by path so this package needs no assessment view. */
    static Button action(AssessmentOverview assessment) {
        var button =
                switch (assessment.status()) {
                    case NOT_STARTED -> new Button("Start", e -> go("assessment/" + assessment.id()));
                    case IN_PROGRESS -> new Button(
                            "Resume (" + assessment.progressLabel() + ")", e -> go("assessment/" + assessment.id()));
                    case SUBMITTED -> new Button("View report", e -> go("report/" + assessment.id()));
                };
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClassName("assessment-action");
        button.getElement().setAttribute("aria-label", button.getText() + ": " + assessment.title());
        return button;
    }

    private static void go(String location) {
        UI.getCurrent().navigate(location);
    }
}
