package io.blindspot.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.assessment.AssessmentOverview;
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
        assessments.setItems(mine);
        assessments.setAllRowsVisible(true);
        add(assessments);
    }
}
