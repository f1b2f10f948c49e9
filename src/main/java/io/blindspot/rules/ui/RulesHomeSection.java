package io.blindspot.rules.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.rules.store.RuleSetVersionSummary;
import java.util.Optional;

/** For HR: which rule-set version is live, and whether a change was refused. */
class RulesHomeSection extends VerticalLayout {

    final Paragraph liveVersion = new Paragraph();
    final Paragraph problem = new Paragraph();

    RulesHomeSection(Optional<RuleSetVersionSummary> latest, RuleEngineStatus status) {
        addClassName("home-section");
        setPadding(false);
        add(new H3(getTranslation("rules.home.title")));
        liveVersion.addClassName("live-rule-set");
        if (status.available()) {
            liveVersion.setText(latest.filter(v -> v.version() == status.liveVersion())
                    .map(v -> getTranslation(
                            "rules.home.live",
                            v.version(),
                            v.fileCount(),
                            LocalDates.dateTime(v.createdAt()),
                            v.author(),
                            RuleLabels.source(v.source())))
                    .orElse(getTranslation("rules.home.live-version", status.liveVersion())));
        } else {
            liveVersion.setText(getTranslation("rules.home.unavailable", RuleLabels.reason(status.unavailable())));
            liveVersion.addClassName("problem");
        }
        add(liveVersion);
        if (status.rejection() != null) {
            var rejection = status.rejection();
            problem.setText(getTranslation(
                    "rules.home.refused",
                    rejection.origin(),
                    LocalDates.dateTime(rejection.at()),
                    rejection.errors().size(),
                    rejection.failedScenarios().size()));
            problem.addClassName("problem");
            add(problem);
        }
    }
}
