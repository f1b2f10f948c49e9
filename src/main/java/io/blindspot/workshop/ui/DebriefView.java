package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.security.Role;
import io.blindspot.workshop.Board;
import io.blindspot.workshop.CommitmentService;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.DebriefService;
import io.blindspot.workshop.WorkshopNotFound;
import io.blindspot.workshop.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The debrief: the team style map, scale distributions, findings as cards by severity with their
 * coaching actions, commitments, exports. The facilitator's main screen; participants see the same
 * after the reveal, under the same consent rules (the service applies them).
 */
@Route("workshops/:id/debrief")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
public class DebriefView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final DebriefService debriefs;
    private final WorkshopService workshops;
    private final CommitmentService commitments;
    final H2 title = new H2();
    final Paragraph provenance = new Paragraph();
    final Paragraph consent = new Paragraph();
    final Div map = new Div();
    final List<Div> findingCards = new ArrayList<>();
    final Grid<Debrief.CommitmentView> commitmentGrid = new Grid<>(Debrief.CommitmentView.class, false);
    final Button reEvaluate = new Button();
    final Paragraph changes = new Paragraph();
    FollowUpSection followUp;
    Debrief shown;
    private long id;
    private boolean runs;

    DebriefView(DebriefService debriefs, WorkshopService workshops, CommitmentService commitments) {
        this.debriefs = debriefs;
        this.workshops = workshops;
        this.commitments = commitments;
        addClassName("debrief-view");
        provenance.addClassName("provenance");
        consent.addClassName("consent-note");
        map.addClassName("map-box");
        changes.addClassName("changes");
        reEvaluate.addClickListener(e -> reEvaluate());
        reEvaluate.addClassName("re-evaluate");
    }

    @Override
    public String titleKey() {
        return "workshop.debrief.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            runs = debriefs.callerRuns(id);
            show(debriefs.debrief(id, DebriefService.DEBRIEF_SCREEN));
        } catch (NumberFormatException | WorkshopNotFound | AccessDeniedException e) {
            // "No such workshop" and "not yours" look the same, so others' workshops stay private.
            event.rerouteToError(NotFoundException.class);
        } catch (RuleEngineUnavailable e) {
            removeAll();
            add(
                    new H2(getTranslation("workshop.debrief.noFindingsYet")),
                    new Paragraph(WorkshopTexts.engineUnavailable(this, e)));
        }
    }

    void show(Debrief debrief) {
        shown = debrief;
        removeAll();
        findingCards.clear();
        var w = debrief.workshop();
        title.setText(w.title());
        provenance.setText(getTranslation(
                "workshop.debrief.provenance",
                debrief.team().name(),
                w.date() == null ? "" : LocalDates.date(w.date()),
                w.facilitator(),
                debrief.ruleSetVersion() == null ? "–" : String.valueOf(debrief.ruleSetVersion()),
                debrief.submitted(),
                debrief.team().size(),
                debrief.minimumGroupSize()));
        consent.setText(getTranslation("workshop.debrief.consentApplied", debrief.consentNote(getLocale())));
        add(title, provenance, consent, actions(debrief), changes);

        if (debrief.aggregate() == null) {
            var counts = new Paragraph(
                    getTranslation("workshop.debrief.tooFew", debrief.submitted(), debrief.minimumGroupSize()));
            counts.addClassName("below-minimum");
            add(counts);
        } else {
            map.removeAll();
            map.add(new Html("<div class=\"team-map-box\">" + TeamMapSvg.map(debrief) + "</div>"));
            var chart = new Html("<div class=\"scale-chart-box\">" + TeamMapSvg.scales(debrief.aggregate()) + "</div>");
            var row = new FlexLayout(map, chart);
            row.addClassName("debrief-charts");
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            add(row, legend(debrief));
        }

        add(new H3(getTranslation("workshop.debrief.findings")));
        if (debrief.findings().isEmpty() && debrief.aggregate() != null) {
            add(new Paragraph(getTranslation("workshop.debrief.noFindings")));
        }
        for (var finding : debrief.findings()) {
            var card = FindingCard.of(finding);
            findingCards.add(card);
            add(card);
        }
        add(new H3(getTranslation("workshop.debrief.commitments")));
        commitmentsSection(debrief);
        followUp = new FollowUpSection(
                debrief,
                debrief.workshop().followsWorkshopId() == null ? null : debriefs.followUp(id),
                runs,
                workshops);
        add(followUp);
    }

    private HorizontalLayout actions(Debrief debrief) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("no-print");
        var present = new Anchor("workshops/" + id + "/present", getTranslation("workshop.debrief.present"));
        present.addClassName("present-link");
        // the files are made later, in the download's request: take the reader's language now
        Locale reader = getLocale();
        var pdf = new Anchor(
                new StreamResource(
                        "debrief-" + id + ".pdf", () -> new ByteArrayInputStream(debriefs.handout(id, reader))),
                getTranslation("workshop.debrief.pdf"));
        pdf.getElement().setAttribute("download", true);
        var csv = new Anchor(
                new StreamResource(
                        "debrief-" + id + ".csv",
                        () -> new ByteArrayInputStream(debriefs.csv(id, reader).getBytes(StandardCharsets.UTF_8))),
                getTranslation("workshop.debrief.csv"));
        csv.getElement().setAttribute("download", true);
        bar.add(present, pdf, csv);
        if (runs) {
            bar.add(new Anchor("workshops/" + id + "/board", getTranslation("workshop.debrief.board")));
            reEvaluate.setVisible(debrief.aggregate() != null);
            reEvaluate.setText(getTranslation("workshop.debrief.reEvaluate"));
            if (debriefs.newerRulesLive(id)) {
                reEvaluate.setText(getTranslation("workshop.debrief.reEvaluateNewer"));
                reEvaluate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(reEvaluate);
        }
        return bar;
    }

    private Paragraph legend(Debrief debrief) {
        long named = debrief.members().stream().filter(m -> m.scores() != null).count();
        var legend = new Paragraph(getTranslation(
                "workshop.debrief.legend",
                named,
                debrief.aggregate().anonymousDots().size()));
        legend.addClassName("legend");
        return legend;
    }

    private void reEvaluate() {
        try {
            var result = debriefs.reEvaluate(id);
            show(debriefs.debrief(id, DebriefService.DEBRIEF_SCREEN));
            String none = getTranslation("workshop.debrief.none");
            changes.setText(getTranslation(
                    "workshop.debrief.reEvaluated",
                    String.valueOf(result.toVersion()),
                    result.fromVersion() == null ? none : String.valueOf(result.fromVersion()),
                    result.appeared().isEmpty() ? none : String.join(", ", result.appeared()),
                    result.disappeared().isEmpty() ? none : String.join(", ", result.disappeared())));
        } catch (RuleEngineUnavailable e) {
            error(WorkshopTexts.engineUnavailable(this, e));
        }
    }

    private void commitmentsSection(Debrief debrief) {
        commitmentGrid.removeAllColumns();
        commitmentGrid
                .addColumn(Debrief.CommitmentView::text)
                .setHeader(getTranslation("workshop.commitment.commitment"))
                .setFlexGrow(3);
        commitmentGrid.addColumn(Debrief.CommitmentView::owner).setHeader(getTranslation("workshop.commitment.owner"));
        commitmentGrid.addColumn(c -> LocalDates.date(c.dueOn())).setHeader(getTranslation("workshop.commitment.due"));
        commitmentGrid
                .addColumn(c -> WorkshopTexts.commitmentStatus(this, c.status())
                        + (c.overdue() ? " · " + getTranslation("workshop.commitment.overdue") : ""))
                .setHeader(getTranslation("workshop.commitment.status"));
        commitmentGrid.setItems(debrief.commitments());
        commitmentGrid.setAllRowsVisible(true);
        if (debrief.commitments().isEmpty()) {
            add(new Paragraph(getTranslation("workshop.debrief.noCommitments")));
        } else {
            add(commitmentGrid);
        }
        if (runs && debrief.aggregate() != null) {
            add(commitmentForm(debrief));
        }
    }

    private HorizontalLayout commitmentForm(Debrief debrief) {
        Board board = workshops.board(id);
        var text = new TextField(getTranslation("workshop.debrief.agreedCommitment"));
        text.setWidth("28em");
        text.setMaxWidth("100%");
        var finding = new ComboBox<Debrief.DebriefFinding>(getTranslation("workshop.debrief.answersFinding"));
        finding.setItems(debrief.findings());
        finding.setItemLabelGenerator(Debrief.DebriefFinding::title);
        finding.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && text.isEmpty()
                    && !e.getValue().coachingActions().isEmpty()) {
                text.setValue(e.getValue().coachingActions().get(0).action());
            }
        });
        var owner = new ComboBox<Board.Row>(getTranslation("workshop.commitment.owner"));
        owner.setItems(board.rows());
        owner.setItemLabelGenerator(Board.Row::name);
        var due = new DatePicker(getTranslation("workshop.commitment.due"));
        var add = new Button(getTranslation("workshop.debrief.addCommitment"), e -> {
            try {
                commitments.add(
                        id,
                        finding.getValue() == null ? null : finding.getValue().code(),
                        text.getValue(),
                        owner.getValue() == null ? null : owner.getValue().username(),
                        due.getValue());
                show(debriefs.debrief(id, DebriefService.DEBRIEF_SCREEN));
                Notification.show(getTranslation("workshop.debrief.commitmentSaved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException problem) {
                error(ProblemText.of(problem));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(finding, text, owner, due, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        // full width, so on a phone the fields wrap instead of the form keeping its one-line width
        form.setWidthFull();
        form.addClassName("no-print");
        return form;
    }

    private static void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** One finding as a card: severity, title, question, explanation, evidence, rule and version, actions. */
    static final class FindingCard extends Div {

        static FindingCard of(Debrief.DebriefFinding f) {
            var card = new FindingCard();
            card.addClassNames("finding-card", "severity-" + f.severity().toLowerCase(Locale.ROOT));
            var severity = new Span(WorkshopTexts.severity(card, f.severity()));
            severity.addClassName("severity");
            card.add(severity, new H3(f.title()));
            var question = new Paragraph(f.question());
            question.addClassName("question");
            card.add(question, new Paragraph(f.explanation()));
            if (!f.members().isEmpty() || f.othersCount() > 0) {
                String named = String.join(", ", f.members());
                card.add(new Paragraph(card.getTranslation(
                        "workshop.finding.restsOn",
                        f.othersCount() == 0
                                ? named
                                : f.members().isEmpty()
                                        ? card.getTranslation("workshop.finding.notNamed", f.othersCount())
                                        : card.getTranslation(
                                                "workshop.finding.namedAndNotNamed", named, f.othersCount()))));
            }
            if (!f.evidence().isEmpty()) {
                var evidence = new StringBuilder();
                f.evidence()
                        .forEach((k, v) ->
                                evidence.append(k).append(" ").append(v).append("; "));
                var p = new Paragraph(
                        card.getTranslation("workshop.finding.evidence", evidence.substring(0, evidence.length() - 2)));
                p.addClassName("evidence");
                card.add(p);
            }
            for (var a : f.coachingActions()) {
                var action = new Div();
                action.addClassName("coaching-action");
                String who =
                        switch (a.audience()) {
                            case "LEADER" -> a.forMember() == null
                                    ? card.getTranslation("workshop.finding.theLeader")
                                    : card.getTranslation("workshop.finding.namedLeader", a.forMember());
                            case "MEMBER" -> a.forMember() == null
                                    ? card.getTranslation("workshop.finding.aMember")
                                    : a.forMember();
                            default -> card.getTranslation("workshop.finding.theTeam");
                        };
                action.add(
                        new Span(who + ": " + a.action()),
                        new Paragraph(card.getTranslation("workshop.finding.firstStep", a.firstStep())
                                + (a.cadence().isBlank() ? "" : " · " + a.cadence())));
                card.add(action);
            }
            var rule = new Paragraph(
                    card.getTranslation("workshop.finding.raisedBy", f.rule(), String.valueOf(f.ruleSetVersion())));
            rule.addClassName("rule");
            card.add(rule);
            return card;
        }
    }
}
