package io.blindspot.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.Assignee;
import io.blindspot.assessment.InstrumentAdministration;
import io.blindspot.assessment.InstrumentVersionSummary;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Assign a questionnaire to a person: administrators to anyone, facilitators to their teams' members. */
@Route("assign")
@Menu(order = 30, title = "assessment.nav.assign", icon = "vaadin:paperplane")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class AssignView extends VerticalLayout implements TranslatedTitle {

    private final InstrumentAdministration administration;
    final ComboBox<Assignee> person = new ComboBox<>();
    final ComboBox<InstrumentVersionSummary> instrument = new ComboBox<>();
    final Button assign = new Button();
    final Paragraph outcome = new Paragraph();

    AssignView(InstrumentAdministration administration) {
        this.administration = administration;
        person.setLabel(getTranslation("assessment.assign.person"));
        instrument.setLabel(getTranslation("assessment.assign.questionnaire"));
        assign.setText(getTranslation("assessment.assign.assign"));
        add(new H2(getTranslation("assessment.assign.title")));
        person.setItems(administration.assignablePeople());
        person.setItemLabelGenerator(Assignee::label);
        person.setWidth("24em");
        var versions = administration.versions();
        instrument.setItems(versions);
        instrument.setItemLabelGenerator(InstrumentVersionSummary::label);
        instrument.setWidth("24em");
        if (!versions.isEmpty()) {
            instrument.setValue(versions.get(versions.size() - 1));
        }
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> assign());
        add(person, instrument, assign, outcome);
    }

    @Override
    public String titleKey() {
        return "assessment.assign.title";
    }

    private void assign() {
        outcome.removeClassName("problem");
        if (person.isEmpty() || instrument.isEmpty()) {
            outcome.setText(getTranslation("assessment.assign.choose"));
            outcome.addClassName("problem");
            return;
        }
        try {
            administration.assign(
                    person.getValue().username(), instrument.getValue().id());
            outcome.setText(getTranslation(
                    "assessment.assign.assigned",
                    instrument.getValue().label(),
                    person.getValue().displayName()));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            outcome.setText(ProblemText.of(e));
            outcome.addClassName("problem");
        }
    }
}
