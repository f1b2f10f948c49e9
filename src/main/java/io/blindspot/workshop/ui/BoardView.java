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
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
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
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class BoardView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final WorkshopService workshops;
    final H2 title = new H2();
    final Span readiness = new Span();
    final Grid<Board.Row> rows = new Grid<>(Board.Row.class, false);
    final Button reveal = new Button();
    final Paragraph mailNote = new Paragraph();
    final MultiSelectComboBox<AccountSummary> addPeople = new MultiSelectComboBox<>();
    final TextArea addNewPeople = new TextArea();
    final Button add = new Button();
    final Div added = new Div();
    private long id;

    BoardView(WorkshopService workshops) {
        this.workshops = workshops;
        addClassName("board-view");
        readiness.setId("readiness");
        // names and statuses never truncate; on a phone the grid scrolls sideways inside itself
        rows.addColumn(Board.Row::name)
                .setHeader(getTranslation("workshop.board.participant"))
                .setFlexGrow(2)
                .setAutoWidth(true);
        rows.addColumn(r -> WorkshopTexts.participantStatus(this, r.status()))
                .setHeader(getTranslation("workshop.list.status"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.lastActivity() == null ? "–" : LocalDates.dateTime(r.lastActivity()))
                .setHeader(getTranslation("workshop.board.lastActivity"));
        rows.addColumn(r -> r.lastReminded() == null ? "–" : LocalDates.dateTime(r.lastReminded()))
                .setHeader(getTranslation("workshop.board.reminded"));
        rows.addComponentColumn(
                r -> r.submitted() ? new Span() : new Button(getTranslation("workshop.board.remind"), e -> remind(r)));
        rows.setAllRowsVisible(true);
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> reveal());
        addPeople.setLabel(getTranslation("workshop.form.people"));
        addNewPeople.setLabel(getTranslation("workshop.form.newPeople"));
        add.setText(getTranslation("workshop.board.add"));
        addPeople.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        addPeople.setId("add-people");
        addNewPeople.setId("add-new-people");
        addNewPeople.setPlaceholder(getTranslation("workshop.form.newPeoplePlaceholder"));
        add.setId("add-participants");
        add.addClickListener(e -> addParticipants());
        added.addClassName("add-outcome");
    }

    @Override
    public String titleKey() {
        return "workshop.board.title";
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
                        ? getTranslation(
                                "workshop.board.ready",
                                board.submitted(),
                                board.rows().size())
                        : getTranslation(
                                "workshop.board.notReady",
                                board.submitted(),
                                board.rows().size(),
                                board.minimumGroupSize()));
        readiness.getElement().getThemeList().set("badge", true);
        readiness.getElement().getThemeList().set("success", board.ready());
        readiness.getElement().setAttribute("data-ready", String.valueOf(board.ready()));
        mailNote.setText(
                board.mailConfigured()
                        ? getTranslation("workshop.board.mailNote")
                        : getTranslation("workshop.board.noMailNote"));
        rows.setItems(board.rows());
        reveal.setEnabled(board.ready() && !board.workshop().revealed());
        reveal.setText(
                board.workshop().revealed()
                        ? getTranslation("workshop.board.revealed")
                        : getTranslation("workshop.board.reveal"));
        add(
                title,
                readiness,
                rows,
                mailNote,
                new HorizontalLayout(
                        reveal,
                        new Anchor("workshops/" + id + "/debrief", getTranslation("workshop.board.openDebrief"))));
        if (!board.workshop().revealed()) {
            var taking = board.rows().stream().map(Board.Row::username).toList();
            addPeople.setItems(workshops.invitablePeople().stream()
                    .filter(a -> !taking.contains(a.username()))
                    .toList());
            var form = new FormLayout(addPeople, addNewPeople);
            form.setColspan(addNewPeople, 2);
            add(new H3(getTranslation("workshop.board.addPeople")), form, new HorizontalLayout(add), added);
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
                    getTranslation("workshop.board.added", done.invitations().size()),
                    done.invitations(),
                    done.mailConfigured(),
                    id));
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException problem) {
            var error = new Paragraph(getTranslation("workshop.board.notAdded", ProblemText.of(problem)));
            error.addClassName("problem");
            added.add(error);
        }
    }

    private void remind(Board.Row row) {
        var sent = workshops.remind(id, row.username());
        show(workshops.board(id));
        Notification.show(
                        sent.mailed()
                                ? getTranslation("workshop.board.reminderMailed", sent.email())
                                : getTranslation("workshop.board.reminderShown", sent.name(), sent.link()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reveal() {
        try {
            workshops.reveal(id);
            show(workshops.board(id));
            Notification.show(getTranslation("workshop.board.revealDone"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException e) {
            problem(ProblemText.of(e));
        } catch (RuleEngineUnavailable e) {
            problem(WorkshopTexts.engineUnavailable(this, e));
        }
    }

    private static void problem(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
