package io.blindspot.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.assessment.AssessmentOverview;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.base.Formats;
import java.util.List;

/** An executive's assessments and how far along each is. */
class ExecutiveHomeSection extends VerticalLayout {

    final Grid<AssessmentOverview> assessments = new Grid<>(AssessmentOverview.class, false);

    ExecutiveHomeSection(List<AssessmentOverview> mine) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("Your assessments"));
        if (mine.isEmpty()) {
            add(new Paragraph("No assessment is assigned to you yet. Your facilitator will invite you."));
            return;
        }
        assessments
                .addColumn(AssessmentOverview::title)
                .setHeader("Questionnaire")
                .setFlexGrow(2);
        assessments.addColumn(AssessmentOverview::progressLabel).setHeader("Status");
        assessments.addColumn(a -> Formats.date(a.assignedAt())).setHeader("Assigned");
        assessments
                .addComponentColumn(ExecutiveHomeSection::action)
                .setHeader("")
                .setAutoWidth(true);
        assessments.setItems(mine);
        assessments.setAllRowsVisible(true);
        add(assessments);
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
