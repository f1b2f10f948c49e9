package io.blindspot.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.Formats;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.security.AccountService.AccountSummary;
import io.blindspot.security.Role;
import io.blindspot.workshop.Board;
import io.blindspot.workshop.WorkshopNotFound;
import io.blindspot.workshop.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Who has finished: per participant status and last activity, reminders, and "ready to debrief". */
@Route("workshops/:id/board")
@PageTitle("Completion · Blindspot")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class BoardView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkshopService workshops;
    final H2 title = new H2();
    final Span readiness = new Span();
    final Grid<Board.Row> rows = new Grid<>(Board.Row.class, false);
    final Button reveal = new Button("Reveal the debrief to the team");
    final Paragraph mailNote = new Paragraph();
    final MultiSelectComboBox<AccountSummary> addPeople = new MultiSelectComboBox<>("People in the portal");
    final TextArea addNewPeople = new TextArea("New participants (one per line: name, e-mail)");
    final Button add = new Button("Add and invite");
    final Div added = new Div();
    private long id;

    BoardView(WorkshopService workshops) {
        this.workshops = workshops;
        addClassName("board-view");
        readiness.setId("readiness");
        // names and statuses never truncate; on a phone the grid scrolls sideways inside itself
        rows.addColumn(Board.Row::name).setHeader("Participant").setFlexGrow(2).setAutoWidth(true);
        rows.addColumn(Board.Row::status).setHeader("Status").setAutoWidth(true);
        rows.addColumn(r -> r.lastActivity() == null ? "–" : Formats.dateTime(r.lastActivity()))
                .setHeader("Last activity");
        rows.addColumn(r -> r.lastReminded() == null ? "–" : Formats.dateTime(r.lastReminded()))
                .setHeader("Reminded");
        rows.addComponentColumn(r -> r.submitted() ? new Span() : new Button("Remind", e -> remind(r)));
        rows.setAllRowsVisible(true);
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> reveal());
        addPeople.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        addPeople.setId("add-people");
        addNewPeople.setId("add-new-people");
        addNewPeople.setPlaceholder("Nora Field, nora.field@example.com");
        add.setId("add-participants");
        add.addClickListener(e -> addParticipants());
        added.addClassName("add-outcome");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(workshops.board(id));
        } catch (NumberFormatException | WorkshopNotFound | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(Board board) {
        removeAll();
        title.setText(board.workshop().title() + " · " + board.workshop().teamName());
        readiness.setText(
                board.ready()
                        ? "Ready to debrief: " + board.submitted() + " of "
                                + board.rows().size() + " submitted"
                        : board.submitted() + " of " + board.rows().size() + " submitted; " + board.minimumGroupSize()
                                + " needed to debrief");
        readiness.getElement().getThemeList().set("badge", true);
        readiness.getElement().getThemeList().set("success", board.ready());
        readiness.getElement().setAttribute("data-ready", String.valueOf(board.ready()));
        mailNote.setText(
                board.mailConfigured()
                        ? "Reminders go out by e-mail and appear on the participant's home page."
                        : "E-mail is not configured (BLINDSPOT_MAIL_HOST): reminders appear on the participant's home page only.");
        rows.setItems(board.rows());
        reveal.setEnabled(board.ready() && !board.workshop().revealed());
        reveal.setText(board.workshop().revealed() ? "Revealed to the team" : "Reveal the debrief to the team");
        add(
                title,
                readiness,
                rows,
                mailNote,
                new HorizontalLayout(reveal, new Anchor("workshops/" + id + "/debrief", "Open the debrief")));
        if (!board.workshop().revealed()) {
            var taking = board.rows().stream().map(Board.Row::username).toList();
            addPeople.setItems(workshops.invitablePeople().stream()
                    .filter(a -> !taking.contains(a.username()))
                    .toList());
            var form = new FormLayout(addPeople, addNewPeople);
            form.setColspan(addNewPeople, 2);
            add(new H3("Add people"), form, new HorizontalLayout(add), added);
        }
    }

    void addParticipants() {
        added.removeAll();
        try {
            var done = workshops.addParticipants(
                    id,
                    addPeople.getValue().stream().map(AccountSummary::username).toList(),
                    NewPeopleText.parse(addNewPeople.getValue()));
            addPeople.clear();
            addNewPeople.clear();
            show(workshops.board(id));
            added.add(new InvitationsOutcome(
                    "Added " + done.invitations().size() + " participant(s) and assigned them the questionnaire.",
                    done.invitations(),
                    done.mailConfigured(),
                    id));
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException problem) {
            var error = new Paragraph("Not added: " + problem.getMessage());
            error.addClassName("problem");
            added.add(error);
        }
    }

    private void remind(Board.Row row) {
        var sent = workshops.remind(id, row.username());
        show(workshops.board(id));
        Notification.show(
                        sent.mailed()
                                ? "Reminder mailed to " + sent.email()
                                : "Reminder shown on " + sent.name() + "'s home page (no e-mail sent). Link: "
                                        + sent.link())
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reveal() {
        try {
            workshops.reveal(id);
            show(workshops.board(id));
            Notification.show("The team can now see the debrief.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException | RuleEngineUnavailable e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
