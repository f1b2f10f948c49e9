package io.blindspot.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
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
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class TeamFindingsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final TeamEvaluationService evaluations;
    final H2 title = new H2();
    final Paragraph provenance = new Paragraph();
    final Button evaluateAgain = new Button(getTranslation("rules.findings.evaluate-again"));
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
    public String titleKey() {
        return "rules.findings.title";
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
            add(
                    new H2(getTranslation("rules.findings.no-evaluation")),
                    new Paragraph(getTranslation("rules.findings.unavailable", ProblemText.of(e))));
        }
    }

    private void show(StoredTeamEvaluation evaluation) {
        removeAll();
        cards.clear();
        title.setText(getTranslation("rules.findings.heading", evaluation.teamName()));
        provenance.setText(provenanceOf(evaluation));
        add(new HorizontalLayout(title), provenance);
        if (evaluation.stale()) {
            var stale = new Paragraph(getTranslation("rules.findings.stale"));
            stale.addClassName("problem");
            stale.addClassName("stale");
            add(stale);
        }
        add(evaluateAgain);
        if (evaluation.error() != null) {
            var error = new Paragraph(getTranslation("rules.findings.failed", evaluation.error()));
            error.addClassName("problem");
            add(error);
        } else if (evaluation.findings().isEmpty()) {
            add(new Paragraph(getTranslation("rules.findings.none")));
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
                : I18NProvider.translate(
                        "rules.findings.provenance.basis", evaluation.completedResults(), evaluation.teamSize());
        return I18NProvider.translate(
                "rules.findings.provenance",
                LocalDates.dateTime(evaluation.evaluatedAt()),
                basis,
                evaluation.evaluatedBy(),
                evaluation.ruleSetVersion() == null ? "?" : String.valueOf(evaluation.ruleSetVersion()));
    }

    /** One finding: severity, what was seen, on what evidence, and what to do about it. */
    static final class FindingCard extends Div {

        final String code;

        FindingCard(StoredTeamEvaluation.FindingView finding, StoredTeamEvaluation evaluation) {
            this.code = finding.code();
            addClassNames("finding", "severity-" + finding.severity().toLowerCase(Locale.ROOT));
            var severity = new Span(RuleLabels.severity(finding.severity()));
            severity.getElement().getThemeList().add("badge " + badgeFor(finding.severity()));
            var heading = new H3(finding.title());
            add(new HorizontalLayout(severity, heading), new Paragraph(finding.explanation()));
            if (!finding.memberIds().isEmpty()) {
                add(new Paragraph(getTranslation(
                        "rules.findings.rests-on",
                        String.join(
                                ", ",
                                finding.memberIds().stream()
                                        .map(evaluation::nameOf)
                                        .toList()))));
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
            var rule = new Paragraph(getTranslation("rules.findings.raised-by", finding.rule(), finding.code()));
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
