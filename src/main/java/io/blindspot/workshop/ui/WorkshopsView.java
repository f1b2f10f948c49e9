package io.blindspot.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.InstrumentVersionSummary;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.AccountService.AccountSummary;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.team.TeamSummary;
import io.blindspot.workshop.NewWorkshop;
import io.blindspot.workshop.Workshop;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopService.Created;
import io.blindspot.workshop.WorkshopSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.security.access.AccessDeniedException;

/**
 * A facilitator's workshops, and the form to create one: team, people, leader, dates, minimum group
 * size, questionnaire version.
 */
@Route("workshops")
@Menu(order = 15, title = "workshop.nav.workshops", icon = "vaadin:group")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class WorkshopsView extends VerticalLayout implements TranslatedTitle {

    private final WorkshopService workshops;
    final Grid<WorkshopSummary> list = new Grid<>(WorkshopSummary.class, false);
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final ComboBox<TeamSummary> existingTeam = new ComboBox<>();
    final TextField teamName = new TextField();
    final MultiSelectComboBox<AccountSummary> people = new MultiSelectComboBox<>();
    final TextArea newPeople = new TextArea();
    final ComboBox<String> leader = new ComboBox<>();
    final IntegerField minimumGroupSize = new IntegerField();
    final ComboBox<InstrumentVersionSummary> instrument = new ComboBox<>();
    final Button create = new Button();
    final Div outcome = new Div();

    WorkshopsView(WorkshopService workshops, TeamService teams) {
        this.workshops = workshops;
        addClassName("workshops-view");
        title.setLabel(getTranslation("workshop.form.title"));
        date.setLabel(getTranslation("workshop.form.date"));
        deadline.setLabel(getTranslation("workshop.form.deadline"));
        existingTeam.setLabel(getTranslation("workshop.form.existingTeam"));
        teamName.setLabel(getTranslation("workshop.form.teamName"));
        people.setLabel(getTranslation("workshop.form.people"));
        newPeople.setLabel(getTranslation("workshop.form.newPeople"));
        leader.setLabel(getTranslation("workshop.form.leader"));
        minimumGroupSize.setLabel(getTranslation("workshop.form.minimumGroupSize"));
        instrument.setLabel(getTranslation("workshop.form.instrument"));
        create.setText(getTranslation("workshop.form.create"));
        list.addComponentColumn(w -> new Anchor("workshops/" + w.id() + "/board", w.title()))
                .setHeader(getTranslation("workshop.list.workshop"))
                .setFlexGrow(2)
                // the title never truncates; on a phone the grid scrolls sideways inside itself
                .setAutoWidth(true);
        list.addColumn(WorkshopSummary::teamName).setHeader(getTranslation("workshop.list.team"));
        list.addColumn(w -> w.revealed()
                        ? getTranslation("workshop.list.revealed")
                        : WorkshopTexts.workshopStatus(this, w.status()))
                .setHeader(getTranslation("workshop.list.status"));
        list.addColumn(w -> LocalDates.date(w.scheduledOn())).setHeader(getTranslation("workshop.list.date"));
        list.addComponentColumn(
                w -> new Anchor("workshops/" + w.id() + "/debrief", getTranslation("workshop.list.debrief")));
        list.setAllRowsVisible(true);
        refresh();

        existingTeam.setItems(teams.visibleTeams());
        existingTeam.setItemLabelGenerator(TeamSummary::name);
        existingTeam.setClearButtonVisible(true);
        existingTeam.setHelperText(getTranslation("workshop.form.existingTeamHelp"));
        existingTeam.setId("workshop-existing-team");
        existingTeam.addValueChangeListener(e -> {
            teamName.setEnabled(e.getValue() == null);
            if (e.getValue() != null) {
                teamName.clear();
            }
        });
        people.setItems(workshops.invitablePeople());
        people.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        people.addValueChangeListener(e -> leaderChoices());
        newPeople.addValueChangeListener(e -> leaderChoices());
        newPeople.setPlaceholder(getTranslation("workshop.form.newPeoplePlaceholder"));
        var instruments = workshops.instrumentChoice();
        instrument.setItems(instruments.versions());
        instrument.setItemLabelGenerator(InstrumentVersionSummary::label);
        instrument.setValue(instruments.current());
        instrument.setHelperText(getTranslation("workshop.form.instrumentHelp"));
        instrument.setId("workshop-instrument");
        minimumGroupSize.setValue(Workshop.DEFAULT_MINIMUM_GROUP_SIZE);
        minimumGroupSize.setMin(2);
        minimumGroupSize.setStepButtonsVisible(true);
        date.setValue(LocalDate.now().plusWeeks(3));
        deadline.setValue(LocalDate.now().plusWeeks(2));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        outcome.addClassName("create-outcome");
        title.setId("workshop-title");
        teamName.setId("workshop-team");
        people.setId("workshop-people");
        leader.setId("workshop-leader");
        create.setId("workshop-create");

        var form = new FormLayout(
                title, existingTeam, teamName, date, deadline, people, newPeople, leader, minimumGroupSize, instrument);
        form.setColspan(people, 2);
        form.setColspan(newPeople, 2);
        add(
                new H2(getTranslation("workshop.list.title")),
                list,
                new H3(getTranslation("workshop.form.heading")),
                form,
                new HorizontalLayout(create),
                outcome);
    }

    @Override
    public String titleKey() {
        return "workshop.list.title";
    }

    private void refresh() {
        var mine = workshops.callersWorkshops();
        list.setItems(mine);
        list.setVisible(!mine.isEmpty());
    }

    private void leaderChoices() {
        var choices = new ArrayList<String>();
        people.getValue().forEach(p -> choices.add(p.username()));
        choices.addAll(NewPeopleText.parse(newPeople.getValue()).stream()
                .map(p -> p.email().trim())
                .toList());
        leader.setItems(choices);
    }

    void create() {
        outcome.removeAll();
        try {
            var request = new NewWorkshop(
                    title.getValue(),
                    date.getValue(),
                    deadline.getValue(),
                    existingTeam.getValue() == null
                            ? null
                            : existingTeam.getValue().id(),
                    teamName.getValue(),
                    people.getValue().stream().map(AccountSummary::username).toList(),
                    NewPeopleText.parse(newPeople.getValue()),
                    leader.getValue(),
                    minimumGroupSize.getValue() == null ? 0 : minimumGroupSize.getValue(),
                    null,
                    instrument.getValue() == null ? null : instrument.getValue().id());
            show(workshops.create(request));
            refresh();
        } catch (IllegalArgumentException | AccessDeniedException problem) {
            var error = new Paragraph(getTranslation("workshop.form.notCreated", ProblemText.of(problem)));
            error.addClassName("problem");
            outcome.add(error);
        }
    }

    private void show(Created created) {
        outcome.add(new InvitationsOutcome(
                getTranslation(
                        "workshop.form.created",
                        created.workshop().title(),
                        created.invitations().size()),
                created.invitations(),
                created.mailConfigured(),
                created.workshop().id()));
    }
}
