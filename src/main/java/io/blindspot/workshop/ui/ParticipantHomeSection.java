package io.blindspot.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.workshop.CommitmentService;
import io.blindspot.workshop.CommitmentService.MyCommitment;
import io.blindspot.workshop.CommitmentStatus;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.ConsentService;
import io.blindspot.workshop.ConsentService.MyConsent;
import io.blindspot.workshop.NoticeView;
import java.util.ArrayList;
import java.util.List;

/** A participant's workshops: invitations and reminders, what they share, their commitments. */
class ParticipantHomeSection extends VerticalLayout {

    final List<RadioButtonGroup<Consent>> consentChoices = new ArrayList<>();
    final List<Select<CommitmentStatus>> commitmentStatuses = new ArrayList<>();

    ParticipantHomeSection(
            List<NoticeView> notices,
            List<MyConsent> consents,
            List<MyCommitment> commitments,
            ConsentService consentService,
            CommitmentService commitmentService) {
        addClassName("home-section");
        addClassName("participant-section");
        setPadding(false);
        if (notices.isEmpty() && consents.isEmpty() && commitments.isEmpty()) {
            setVisible(false);
            return;
        }
        if (!notices.isEmpty()) {
            add(new H3(getTranslation("workshop.home.invitations")));
            notices.stream().limit(5).forEach(n -> {
                var notice = new Div(
                        new Paragraph(WorkshopTexts.notice(this, n) + " (" + LocalDates.date(n.createdAt()) + ")"));
                notice.addClassName("notice");
                add(notice);
            });
        }
        for (var consent : consents) {
            add(new H3(consent.title()));
            var choice = new RadioButtonGroup<Consent>(getTranslation("workshop.home.consentLabel"));
            choice.setItems(Consent.values());
            choice.setItemLabelGenerator(c -> WorkshopTexts.consent(this, c));
            choice.setValue(consent.consent());
            choice.setReadOnly(!consent.changeable());
            choice.setHelperText(
                    consent.changeable()
                            ? getTranslation("workshop.home.consentChangeable")
                            : getTranslation("workshop.home.consentFixed"));
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    consentService.setMine(consent.workshopId(), e.getValue());
                    Notification.show(getTranslation(
                                    "workshop.home.consentSaved", WorkshopTexts.consent(this, e.getValue())))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (IllegalStateException problem) {
                    choice.setValue(e.getOldValue());
                    Notification.show(ProblemText.of(problem)).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            consentChoices.add(choice);
            add(choice);
            if (!consent.changeable()) {
                add(new Anchor(
                        "workshops/" + consent.workshopId() + "/debrief", getTranslation("workshop.home.openDebrief")));
            }
        }
        if (!commitments.isEmpty()) {
            add(new H3(getTranslation("workshop.home.yourCommitments")));
            for (var mine : commitments) {
                var c = mine.commitment();
                var text = new Paragraph(c.text() + " · "
                        + getTranslation("workshop.home.due", LocalDates.date(c.dueOn()))
                        + (c.overdue() ? " · " + getTranslation("workshop.commitment.overdue") : "") + " · "
                        + mine.workshop());
                var status = new Select<CommitmentStatus>();
                status.setItems(CommitmentStatus.values());
                status.setItemLabelGenerator(st -> WorkshopTexts.commitmentStatus(this, st));
                status.setValue(CommitmentStatus.valueOf(c.status()));
                status.setAriaLabel(getTranslation("workshop.home.progressOf", c.text()));
                status.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        commitmentService.updateStatus(c.id(), e.getValue());
                        Notification.show(getTranslation("workshop.home.progressSaved"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }
                });
                commitmentStatuses.add(status);
                var row = new Div(text, status);
                row.addClassName("commitment");
                add(row);
            }
        }
    }
}
