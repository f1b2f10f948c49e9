package io.blindspot.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.ScoringGuide;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** How the scores were computed: the scoring guide, for everyone who reads a report or a debrief. */
@Route(ScoringGuideView.ROUTE)
@RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class ScoringGuideView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "how-scores-are-computed";

    final Html guide;

    ScoringGuideView(ScoringGuide scoringGuide) {
        addClassName("scoring-guide");
        guide = new Html("<div class=\"scoring-guide-text\">" + scoringGuide.html(getLocale()) + "</div>");
        add(guide);
    }

    @Override
    public String titleKey() {
        return "assessment.guide.title";
    }
}
