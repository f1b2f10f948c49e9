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
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.FollowUp;
import io.blindspot.workshop.WorkshopService;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

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
    final DatePicker date = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final ComboBox<InstrumentVersionSummary> instrument = new ComboBox<>();
    final Button rerun = new Button();

    FollowUpSection(Debrief debrief, FollowUp comparison, boolean runs, WorkshopService workshops) {
        addClassName("follow-up-section");
        date.setLabel(getTranslation("workshop.followUp.date"));
        deadline.setLabel(getTranslation("workshop.form.deadline"));
        instrument.setLabel(getTranslation("workshop.form.instrument"));
        rerun.setText(getTranslation("workshop.followUp.rerun"));
        add(new H3(getTranslation("workshop.followUp.title")));
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
                new Text(getTranslation("workshop.followUp.comparedWith") + " "),
                new Anchor(
                        "workshops/" + f.previousWorkshopId() + "/debrief",
                        getTranslation("workshop.followUp.quoted", f.previousTitle())),
                new Text(".")));
        summary.addClassName("follow-up");
        summary.setText(getTranslation(
                "workshop.followUp.summary",
                f.commitmentsKept(),
                f.commitmentsTotal(),
                listOrNone(f.findingsDisappeared()),
                listOrNone(f.findingsAppeared())));
        add(summary);
        if (f.centreBefore() == null || f.centreNow() == null) {
            var waiting = new Paragraph(getTranslation("workshop.followUp.waiting"));
            waiting.addClassName("below-minimum");
            add(waiting);
        } else {
            movementMap = new Html("<div class=\"movement-map-box\">" + MovementMapSvg.map(f) + "</div>");
            add(movementMap);
            movements.addClassName("movements");
            movements.add(new ListItem(getTranslation(
                    "workshop.followUp.centreMoved",
                    number(f.centreBefore().peopleVsTask()),
                    number(f.centreNow().peopleVsTask()),
                    number(f.centreBefore().pace()),
                    number(f.centreNow().pace()))));
            for (var move : f.moved()) {
                movements.add(new ListItem(getTranslation(
                        "workshop.followUp.moved",
                        move.name(),
                        number(move.distance()),
                        number(move.before().peopleVsTask()),
                        number(move.now().peopleVsTask()),
                        number(move.before().pace()),
                        number(move.now().pace()))));
            }
            add(movements);
            add(new Paragraph(getTranslation("workshop.followUp.onlySharing")));
        }
        if (!f.previousCommitments().isEmpty()) {
            add(new Paragraph(getTranslation("workshop.followUp.earlierCommitments")));
            earlierCommitments.addClassName("earlier-commitments");
            for (var c : f.previousCommitments()) {
                earlierCommitments.add(new ListItem(getTranslation(
                        "workshop.followUp.earlierCommitment",
                        c.text(),
                        c.owner(),
                        LocalDates.date(c.dueOn()),
                        WorkshopTexts.commitmentStatus(this, c.status()))));
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
                Notification.show(
                                getTranslation("workshop.form.notCreated", ProblemText.of(problem)),
                                8000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        var intro = new Paragraph(getTranslation("workshop.followUp.intro"));
        var form = new HorizontalLayout(date, deadline, instrument, rerun);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames("no-print", "rerun-form");
        add(intro, form);
    }

    private String listOrNone(List<String> items) {
        return items.isEmpty() ? getTranslation("workshop.debrief.none") : String.join(", ", items);
    }

    /** A figure as the services round it, to one decimal, in the reader's notation (-45.0, -45,0). */
    private String number(double value) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
