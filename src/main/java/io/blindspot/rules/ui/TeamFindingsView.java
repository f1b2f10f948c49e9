package io.blindspot.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.Formats;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.rules.live.StoredTeamEvaluation;
import io.blindspot.rules.live.TeamEvaluationService;
import io.blindspot.rules.live.TeamNotFound;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** A team's blind spots as the rule base found them, with evidence and coaching actions. */
@Route("teams/:teamId/findings")
@PageTitle("Blind spots · Blindspot")
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class TeamFindingsView extends VerticalLayout implements BeforeEnterObserver {

    private final TeamEvaluationService evaluations;
    final H2 title = new H2();
    final Paragraph provenance = new Paragraph();
    final Button evaluateAgain = new Button("Evaluate again with the live rules");
    final List<FindingCard> cards = new ArrayList<>();
    private long teamId;

    TeamFindingsView(TeamEvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassName("findings-view");
        provenance.addClassName("provenance");
        evaluateAgain.addClassName("no-print");
        evaluateAgain.addClickListener(e -> show(evaluations.evaluateNow(teamId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            teamId = Long.parseLong(event.getRouteParameters().get("teamId").orElse(""));
            show(evaluations.latestEvaluation(teamId));
        } catch (NumberFormatException | TeamNotFound | AccessDeniedException e) {
            // Not telling apart "no such team" from "not your team" keeps other teams' existence private.
            event.rerouteToError(NotFoundException.class);
        } catch (RuleEngineUnavailable e) {
            removeAll();
            add(new H2("No evaluation yet"), new Paragraph("The rule engine is unavailable: " + e.getMessage()));
        }
    }

    private void show(StoredTeamEvaluation evaluation) {
        removeAll();
        cards.clear();
        title.setText("Blind spots: " + evaluation.teamName());
        provenance.setText(provenanceOf(evaluation));
        add(new HorizontalLayout(title), provenance);
        if (evaluation.stale()) {
            var stale = new Paragraph("Out of date: members or results changed after this evaluation, and it could"
                    + " not be repeated because the rule engine is unavailable. Do not debrief from it.");
            stale.addClassName("problem");
            stale.addClassName("stale");
            add(stale);
        }
        add(evaluateAgain);
        if (evaluation.error() != null) {
            var error = new Paragraph("This evaluation failed: " + evaluation.error());
            error.addClassName("problem");
            add(error);
        } else if (evaluation.findings().isEmpty()) {
            add(new Paragraph("The rules found no pattern worth raising for this team."));
        }
        for (var finding : evaluation.findings()) {
            var card = new FindingCard(finding, evaluation);
            cards.add(card);
            add(card);
        }
    }

    static String provenanceOf(StoredTeamEvaluation evaluation) {
        String basis = evaluation.completedResults() == null
                ? ""
                : " on " + evaluation.completedResults() + " result" + (evaluation.completedResults() == 1 ? "" : "s")
                        + " of " + evaluation.teamSize() + " member" + (evaluation.teamSize() == 1 ? "" : "s");
        return "Evaluated " + Formats.dateTime(evaluation.evaluatedAt()) + basis + " by " + evaluation.evaluatedBy()
                + " with rule-set version "
                + (evaluation.ruleSetVersion() == null ? "?" : evaluation.ruleSetVersion())
                + ". Each finding is a pattern for the team to discuss and test against its experience, not a verdict.";
    }

    /** One finding: severity, what was seen, on what evidence, and what to do about it. */
    static final class FindingCard extends Div {

        final String code;

        FindingCard(StoredTeamEvaluation.FindingView finding, StoredTeamEvaluation evaluation) {
            this.code = finding.code();
            addClassNames("finding", "severity-" + finding.severity().toLowerCase(Locale.ROOT));
            var severity = new Span(finding.severity());
            severity.getElement().getThemeList().add("badge " + badgeFor(finding.severity()));
            var heading = new H3(finding.title());
            add(new HorizontalLayout(severity, heading), new Paragraph(finding.explanation()));
            if (!finding.memberIds().isEmpty()) {
                add(new Paragraph("Rests on: "
                        + String.join(
                                ", ",
                                finding.memberIds().stream()
                                        .map(evaluation::nameOf)
                                        .toList())));
            }
            if (!finding.evidence().isEmpty()) {
                var evidence = new Div();
                evidence.addClassName("evidence");
                finding.evidence().forEach((name, value) -> evidence.add(new Div(name + ": " + value)));
                add(evidence);
            }
            for (var action : finding.coachingActions()) {
                add(new CoachingActionItem(action, evaluation));
            }
            var rule = new Paragraph("Raised by rule \"" + finding.rule() + "\" (" + finding.code() + ")");
            rule.addClassName("rule-name");
            add(rule);
        }

        private static String badgeFor(String severity) {
            return switch (severity) {
                case "HIGH" -> "error";
                case "MEDIUM" -> "warning";
                case "LOW" -> "contrast";
                default -> "";
            };
        }
    }
}
