package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.blindspot.assessment.InstrumentVersionSummary;
import io.blindspot.base.Formats;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.FollowUp;
import io.blindspot.workshop.WorkshopService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The follow-up part of a debrief. A later round is compared with the round it follows: where the
 * dots of members who share in both rounds moved, how the team centre moved, findings that
 * disappeared or appeared, and which of the earlier commitments were kept. The facilitator re-runs the
 * questionnaire for the same team from here, with the date, deadline and questionnaire version they
 * choose (by default the same version, so the rounds compare like with like).
 */
class FollowUpSection extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList movements = new UnorderedList();
    Html movementMap;
    final UnorderedList earlierCommitments = new UnorderedList();
    final DatePicker date = new DatePicker("Date of the next round");
    final DatePicker deadline = new DatePicker("Questionnaire deadline");
    final ComboBox<InstrumentVersionSummary> instrument = new ComboBox<>("Questionnaire version");
    final Button rerun = new Button("Re-run the questionnaire for this team");

    FollowUpSection(Debrief debrief, FollowUp comparison, boolean runs, WorkshopService workshops) {
        addClassName("follow-up-section");
        add(new H3("Follow-up"));
        if (comparison != null) {
            compare(comparison);
        }
        if (runs && debrief.aggregate() != null) {
            rerunForm(debrief, workshops);
        }
        setVisible(getChildren().count() > 1);
    }

    private void compare(FollowUp f) {
        add(new Paragraph(
                new Text("Compared with the earlier round "),
                new Anchor("workshops/" + f.previousWorkshopId() + "/debrief", "\"" + f.previousTitle() + "\""),
                new Text(".")));
        summary.addClassName("follow-up");
        summary.setText("Commitments kept: " + f.commitmentsKept() + " of " + f.commitmentsTotal()
                + ". Findings that disappeared: " + listOrNone(f.findingsDisappeared())
                + ". Findings that appeared: " + listOrNone(f.findingsAppeared()) + ".");
        add(summary);
        if (f.centreBefore() == null || f.centreNow() == null) {
            var waiting = new Paragraph(
                    "The map comparison appears once both rounds have the minimum number of" + " results.");
            waiting.addClassName("below-minimum");
            add(waiting);
        } else {
            movementMap = new Html("<div class=\"movement-map-box\">" + MovementMapSvg.map(f) + "</div>");
            add(movementMap);
            movements.addClassName("movements");
            movements.add(new ListItem(
                    "Team centre: people-vs-task " + f.centreBefore().peopleVsTask() + " → "
                            + f.centreNow().peopleVsTask() + ", pace "
                            + f.centreBefore().pace() + " → "
                            + f.centreNow().pace() + "."));
            for (var move : f.moved()) {
                movements.add(new ListItem(move.name() + " moved " + move.distance() + " on the map: people-vs-task "
                        + move.before().peopleVsTask() + " → " + move.now().peopleVsTask() + ", pace "
                        + move.before().pace() + " → " + move.now().pace() + "."));
            }
            add(movements);
            add(new Paragraph("Only members who share in both rounds have a dot here; everyone else counts in the"
                    + " team centre."));
        }
        if (!f.previousCommitments().isEmpty()) {
            add(new Paragraph("The earlier round's commitments:"));
            earlierCommitments.addClassName("earlier-commitments");
            for (var c : f.previousCommitments()) {
                earlierCommitments.add(new ListItem(c.text() + " — " + c.owner() + ", due " + Formats.date(c.dueOn())
                        + ": " + c.status().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
            add(earlierCommitments);
        }
    }

    private void rerunForm(Debrief debrief, WorkshopService workshops) {
        var choice = workshops.instrumentChoice();
        instrument.setItems(choice.versions());
        instrument.setItemLabelGenerator(InstrumentVersionSummary::label);
        instrument.setValue(choice.versions().stream()
                .filter(v -> (v.instrumentKey() + " v" + v.version())
                        .equals(debrief.workshop().instrument()))
                .findFirst()
                .orElse(choice.current()));
        date.setValue(LocalDate.now().plusMonths(3));
        deadline.setValue(LocalDate.now().plusMonths(3).minusWeeks(1));
        rerun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rerun.addClickListener(e -> {
            try {
                var created = workshops.followUp(
                        debrief.workshop().id(),
                        date.getValue(),
                        deadline.getValue(),
                        instrument.getValue() == null
                                ? null
                                : instrument.getValue().id());
                getUI().ifPresent(ui ->
                        ui.navigate("workshops/" + created.workshop().id() + "/board"));
            } catch (IllegalArgumentException problem) {
                // The form keeps what was entered; the message names the field to correct.
                Notification.show("Not created: " + problem.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        var intro = new Paragraph("Months later, re-run the questionnaire for the same team and compare the two"
                + " rounds here: dots moved, findings that disappeared or appeared, commitments kept. Everyone is"
                + " invited again and decides again what they share.");
        var form = new HorizontalLayout(date, deadline, instrument, rerun);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames("no-print", "rerun-form");
        add(intro, form);
    }

    private static String listOrNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
