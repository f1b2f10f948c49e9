package io.blindspot.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.security.Role;
import org.springframework.security.core.Authentication;

/** Executives find their assessments on the home page. */
@SpringComponent
class ExecutiveHome implements HomeSection {

    private final AssessmentService assessments;

    ExecutiveHome(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(Authentication user) {
        return Role.EXECUTIVE.heldBy(user);
    }

    @Override
    public Component create() {
        var ui = UI.getCurrent();
        return new ExecutiveHomeSection(
                assessments.myAssessments(ui == null ? "en" : ui.getLocale().getLanguage()));
    }
}
