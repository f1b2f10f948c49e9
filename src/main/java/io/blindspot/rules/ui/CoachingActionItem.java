package io.blindspot.rules.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.blindspot.rules.live.StoredTeamEvaluation;

/** One coaching action: for whom, what, the first concrete step and how often. */
class CoachingActionItem extends Div {

    CoachingActionItem(StoredTeamEvaluation.ActionView action, StoredTeamEvaluation evaluation) {
        addClassName("coaching-action");
        String audience =
                switch (action.audience()) {
                    case "TEAM" -> getTranslation("rules.findings.action.team");
                    case "LEADER" -> action.memberId() == null
                            ? getTranslation("rules.findings.action.leader")
                            : getTranslation(
                                    "rules.findings.action.leader-named", evaluation.nameOf(action.memberId()));
                    default -> action.memberId() == null
                            ? getTranslation("rules.findings.action.member")
                            : evaluation.nameOf(action.memberId());
                };
        var who = new Span(audience + ": ");
        who.addClassName("audience");
        add(new Paragraph(who, new Span(action.action())));
        add(new Paragraph(getTranslation("rules.findings.action.first-step", action.firstStep())));
        add(new Paragraph(getTranslation("rules.findings.action.cadence", action.cadence())));
    }
}
